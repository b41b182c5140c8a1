import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignNotFoundError } from '../campaigns/campaigns.errors';
import { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import type { FactionAmounts } from '../config/game-config';
import { WriteQueue } from '../database/write-queue';
import { Conference } from '../expeditions/conference.entity';
import { Expedition } from '../expeditions/expedition.entity';
import { describeAmounts } from '../expeditions/expeditions.service';
import { Theory } from '../theories/theory.entity';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { PoachingOffer } from '../scholars/poaching-offer.entity';
import { Scholar, type ScholarStatus } from '../scholars/scholar.entity';
import { FACTIONS } from '../scholars/scholar-profile';
import { ScholarsService } from '../scholars/scholars.service';
import { EventsService } from './events.service';
import { OrderNotFoundError, ScholarStatusUnchangedError } from './orders-admin.errors';

/** Kinds of order that wait for a digest. */
export type OrderKind = 'expedition' | 'conference' | 'offer';

/** One order waiting for its digest, as `/gw_admin orders` lists it. */
export interface QueuedOrder {
  code: string;
  kind: OrderKind;
  playerName: string;
  /** Influence the order escrowed, as it would be refunded. */
  cost: FactionAmounts;
  summary: string;
}

/** Refund of a cancellation, for the reply. */
export interface CancelledOrder {
  order: QueuedOrder;
  note: PressRelease;
}

/** Codes of orders without a public number: `CF-` conferences and `PO-` poaching offers. */
const CONFERENCE_PREFIX = 'CF-';
const OFFER_PREFIX = 'PO-';

/**
 * Admin tools on queued orders and on the roster. Each change is announced as a Gazette Note
 * and appended to the event log in the same write.
 */
@Injectable()
export class OrdersAdminService {
  private readonly logger = new Logger(OrdersAdminService.name);

  constructor(
    private readonly scholars: ScholarsService,
    private readonly press: PressService,
    private readonly events: EventsService,
    private readonly writes: WriteQueue,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every order of the guild's campaign still waiting for a digest, oldest first. */
  listOrders(guildId: string): Promise<QueuedOrder[]> {
    return this.writes.readCommitted(async () => {
      const campaign = await this.findCampaignOrFail(this.dataSource.manager, guildId);
      return this.queuedOrders(this.dataSource.manager, campaign.id);
    });
  }

  /**
   * Cancels one queued order before its digest and refunds exactly what it escrowed. A
   * cancelled expedition or conference leaves the queue; a cancelled offer is settled as void,
   * and the employer's counter is returned too when no other offer for the scholar stays open.
   */
  cancelOrder(actor: Actor, rawCode: string): Promise<CancelledOrder> {
    const code = rawCode.trim().toUpperCase();

    return this.writes.run(async (manager) => {
      const campaign = await this.findCampaignOrFail(manager, actor.guildId);
      const order = (await this.queuedOrders(manager, campaign.id)).find((o) => o.code === code);
      if (!order) {
        throw new OrderNotFoundError(code);
      }
      const reference = await this.removeOrder(manager, order);
      const note = await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline: `Gazette Note: the Board withdraws ${order.code}`,
        body: `By order of the Board, ${order.summary} is cancelled before the digest. ${order.playerName} is refunded ${describeAmounts(order.cost)}.`,
      });
      await this.events.append(manager, campaign.id, actor.userId, 'admin.order_cancelled', {
        code: order.code,
        kind: order.kind,
        refund: order.cost,
        pressNumber: note.number,
        ...reference,
      });
      this.logger.log({ message: 'order cancelled', guildId: actor.guildId, code: order.code });

      return { order, note };
    });
  }

  /**
   * Pins a scholar, so roster keeping never removes them, or retires one: the scholar leaves the
   * roster, loses employer and mentor, and no command or autocomplete offers them again.
   */
  setScholarStatus(
    actor: Actor,
    scholarChoice: string,
    status: Exclude<ScholarStatus, 'active'>,
  ): Promise<{ scholar: Scholar; note: PressRelease }> {
    return this.writes.run(async (manager) => {
      const campaign = await this.findCampaignOrFail(manager, actor.guildId);
      const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
      if (scholar.status === status) {
        throw new ScholarStatusUnchangedError(scholar.name, status);
      }
      const change =
        status === 'retired' ? { status, employerId: null, mentorId: null } : { status };
      await manager.update(Scholar, scholar.id, change);
      Object.assign(scholar, change);
      const note = await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline:
          status === 'retired'
            ? `Gazette Note: ${scholar.name} retires from the Academy`
            : `Gazette Note: ${scholar.name} is named a fixture of the Academy`,
        body:
          status === 'retired'
            ? `${scholar.name} lays down their instruments and leaves the roster, serving no patron.`
            : `By order of the Board, ${scholar.name} keeps a permanent place on the roster.`,
      });
      await this.events.append(
        manager,
        campaign.id,
        actor.userId,
        status === 'retired' ? 'admin.scholar_retired' : 'admin.scholar_pinned',
        { scholarKey: scholar.key, pressNumber: note.number },
      );

      return { scholar, note };
    });
  }

  /** The current code of a cancelled order named in a logged event, for a replay. */
  async findCodeForReplay(campaignId: number, payload: Record<string, unknown>): Promise<string> {
    const manager = this.dataSource.manager;
    if (payload.kind === 'expedition') {
      return String(payload.code);
    }
    const player = await manager.findOneByOrFail(Player, {
      campaignId,
      userId: String(payload.userId),
    });
    if (payload.kind === 'conference') {
      const theory = await manager.findOneByOrFail(Theory, {
        campaignId,
        bulletinNumber: Number(payload.theory),
      });
      const conference = await manager.findOneByOrFail(Conference, {
        campaignId,
        playerId: player.id,
        theoryId: theory.id,
        status: 'queued',
      });
      return `${CONFERENCE_PREFIX}${conference.id}`;
    }
    const scholar = await manager.findOneByOrFail(Scholar, {
      campaignId,
      key: String(payload.scholarKey),
    });
    const offer = await manager.findOneByOrFail(PoachingOffer, {
      scholarId: scholar.id,
      rivalId: player.id,
      status: 'open',
    });

    return `${OFFER_PREFIX}${offer.id}`;
  }

  private async queuedOrders(manager: EntityManager, campaignId: number): Promise<QueuedOrder[]> {
    const names = new Map(
      (await manager.findBy(Player, { campaignId })).map((p) => [p.id, p.displayName]),
    );
    const nameOf = (id: number): string => names.get(id) ?? `player ${id}`;
    const expeditions = await manager.find(Expedition, {
      where: { campaignId, status: 'queued' },
      order: { id: 'ASC' },
    });
    const conferences = await manager.find(Conference, {
      where: { campaignId, status: 'queued' },
      order: { id: 'ASC' },
    });
    const offers = await manager.find(PoachingOffer, {
      where: { campaignId, status: 'open' },
      order: { id: 'ASC' },
    });
    const scholarNames = new Map(
      (
        await this.scholars.findByIds(
          campaignId,
          offers.map((offer) => offer.scholarId),
        )
      ).map((scholar) => [scholar.id, scholar.name]),
    );

    return [
      ...expeditions.map((expedition) => ({
        code: expedition.code,
        kind: 'expedition' as const,
        playerName: nameOf(expedition.playerId),
        cost: expedition.cost,
        summary: `expedition ${expedition.code} (${expedition.type}) of ${nameOf(expedition.playerId)}`,
      })),
      ...conferences.map((conference) => ({
        code: `${CONFERENCE_PREFIX}${conference.id}`,
        kind: 'conference' as const,
        playerName: nameOf(conference.playerId),
        cost: conference.cost,
        summary: `the conference called by ${nameOf(conference.playerId)}`,
      })),
      ...offers.map((offer) => ({
        code: `${OFFER_PREFIX}${offer.id}`,
        kind: 'offer' as const,
        playerName: nameOf(offer.rivalId),
        cost: { [offer.faction]: offer.amount },
        summary: `the offer of ${nameOf(offer.rivalId)} for ${scholarNames.get(offer.scholarId) ?? 'a scholar'}`,
      })),
    ];
  }

  /**
   * Removes the order and refunds it. Returns the stable references a replay needs to find the
   * same order again, because conference and offer codes carry row ids.
   */
  private async removeOrder(
    manager: EntityManager,
    order: QueuedOrder,
  ): Promise<Record<string, unknown>> {
    if (order.kind === 'expedition') {
      const expedition = await manager.findOneByOrFail(Expedition, { code: order.code });
      await this.refund(manager, expedition.playerId, expedition.cost);
      await manager.delete(Expedition, expedition.id);
      return {};
    }
    const id = Number(order.code.slice(3));
    if (order.kind === 'conference') {
      const conference = await manager.findOneByOrFail(Conference, { id });
      const theory = await manager.findOneByOrFail(Theory, { id: conference.theoryId });
      const player = await manager.findOneByOrFail(Player, { id: conference.playerId });
      await this.refund(manager, conference.playerId, conference.cost);
      await manager.delete(Conference, conference.id);
      return { theory: theory.bulletinNumber, userId: player.userId };
    }
    const offer = await manager.findOneByOrFail(PoachingOffer, { id });
    const scholar = await manager.findOneByOrFail(Scholar, { id: offer.scholarId });
    const rival = await manager.findOneByOrFail(Player, { id: offer.rivalId });
    await this.refund(manager, offer.rivalId, { [offer.faction]: offer.amount });
    await manager.update(PoachingOffer, offer.id, {
      status: 'settled',
      outcome: 'void',
      resolvedAt: this.clock.now(),
    });
    const stillOpen = await manager.countBy(PoachingOffer, {
      scholarId: offer.scholarId,
      status: 'open',
    });
    if (stillOpen === 0 && offer.counterFaction && offer.counterAmount) {
      await this.refund(manager, offer.employerId, { [offer.counterFaction]: offer.counterAmount });
    }

    return { scholarKey: scholar.key, userId: rival.userId };
  }

  /** Gives back escrowed influence exactly; a refund is the player's own stake, not a gain. */
  private async refund(
    manager: EntityManager,
    playerId: number,
    cost: FactionAmounts,
  ): Promise<void> {
    const player = await manager.findOneByOrFail(Player, { id: playerId });
    const influence = { ...player.influence };
    for (const faction of FACTIONS) {
      influence[faction] += cost[faction] ?? 0;
    }
    await manager.update(Player, playerId, { influence });
  }

  private async findCampaignOrFail(manager: EntityManager, guildId: string): Promise<Campaign> {
    const campaign = await manager.findOneBy(Campaign, { guildId });
    if (!campaign) {
      throw new CampaignNotFoundError(guildId);
    }

    return campaign;
  }
}
