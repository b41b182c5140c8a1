import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, In, LessThanOrEqual, type EntityManager } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import type { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import { InvalidOptionError } from '../common/game-error';
import { RANDOM, type RandomSource } from '../common/random';
import { WriteQueue } from '../database/write-queue';
import type { ReactionRequest } from '../gazette/digest-step';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { refundInfluence, spendInfluence } from '../campaigns/influence-ledger';
import { PoachingOffer, type OfferOutcome } from './poaching-offer.entity';
import { counterText, defectionText, offerText, refusalText } from './poaching-press';
import {
  MAX_LOYALTY,
  OFFER_DECISION_HOURS,
  RECRUIT_REPUTATION_GATE,
  alignment,
  bestOffer,
  careerPlateau,
  defectionScarLevel,
  mistreatment,
  offerQuality,
} from './poaching-rules';
import {
  NoOpenOfferError,
  NotPoachableError,
  NotTheEmployerError,
  OfferAlreadyOpenError,
  OfferFundsShortError,
  type EscrowHolding,
} from './poaching.errors';
import { Scholar } from './scholar.entity';
import { ScholarFeelingsService } from './scholar-feelings.service';
import { ScholarMemoryService } from './scholar-memory.service';
import { checkFaction, type Faction } from './scholar-profile';
import { defectionProbability } from './scholar-rules';
import { ScholarsService } from './scholars.service';

/** Bounds of one offer or counter, in influence of one faction. */
export const MIN_OFFER = 1;
export const MAX_OFFER = 16;
/** Terms are player text shown in the Poaching Wire. */
export const MAX_TERMS_LENGTH = 300;
/** Feeling a defector gains toward its new employer. */
const DEFECTION_WARMTH = 2;

export interface PlacedOffer {
  offer: PoachingOffer;
  press: PressRelease;
}

/** Settlement of one scholar's due offers at a digest. */
export interface OfferDecision {
  scholarId: number;
  winningOfferId: number | null;
  chance: number;
  hasDefected: boolean;
}

/**
 * Offers for other players' scholars: escrowed at once, countered by the employer, and decided
 * at the first digest at least 24 hours later, one decision per scholar however many rivals bid.
 */
@Injectable()
export class PoachingService {
  private readonly logger = new Logger(PoachingService.name);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly scholars: ScholarsService,
    private readonly feelings: ScholarFeelingsService,
    private readonly memory: ScholarMemoryService,
    private readonly press: PressService,
    private readonly writes: WriteQueue,
    private readonly dataSource: DataSource,
    @Inject(RANDOM) private readonly random: RandomSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Escrows the offer from the rival and publishes it on the Poaching Wire, in one write. */
  async poach(
    actor: Actor,
    scholarChoice: string,
    faction: Faction,
    amount: number,
    terms: string,
  ): Promise<PlacedOffer> {
    checkFaction(faction);
    checkAmount(amount);
    const cleanTerms = terms.trim();
    if (cleanTerms.length === 0 || cleanTerms.length > MAX_TERMS_LENGTH) {
      throw new InvalidOptionError(
        'terms',
        `Terms need 1 to ${MAX_TERMS_LENGTH} characters; yours have ${cleanTerms.length}.`,
      );
    }

    const placed = await this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
      if (scholar.employerId === null || scholar.employerId === player.id) {
        throw new NotPoachableError(
          scholar.name,
          scholar.employerId === null ? 'unaffiliated' : 'yours',
          player.reputation >= RECRUIT_REPUTATION_GATE,
        );
      }
      const open = await this.openOffers(manager, scholar.id);
      if (open.some((offer) => offer.rivalId === player.id)) {
        throw new OfferAlreadyOpenError(scholar.name);
      }
      await this.ensureSpendable(manager, player, faction, amount, 0);
      await spendInfluence(manager, player.id, faction, amount);

      const now = this.clock.now();
      const standingCounter = open.find((offer) => offer.counterAmount !== null);
      const offer = await manager.save(
        manager.create(PoachingOffer, {
          campaignId: campaign.id,
          scholarId: scholar.id,
          rivalId: player.id,
          employerId: scholar.employerId,
          faction,
          amount,
          terms: cleanTerms,
          counterFaction: standingCounter?.counterFaction ?? null,
          counterAmount: standingCounter?.counterAmount ?? null,
          createdAt: now,
          decideAfter: DateTime.fromJSDate(now).plus({ hours: OFFER_DECISION_HOURS }).toJSDate(),
          status: 'open',
          outcome: null,
          resolvedAt: null,
        }),
      );
      const employer = await manager.findOneByOrFail(Player, { id: scholar.employerId });
      await this.memory.recordFact(manager, scholar, 'offer_received', {
        playerId: player.id,
        offerId: offer.id,
        faction,
        amount,
      });
      await this.campaigns.appendEvent(manager, campaign.id, actor.userId, 'poaching.offered', {
        actorName: actor.displayName,
        offerId: offer.id,
        scholarKey: scholar.key,
        faction,
        amount,
        terms: cleanTerms,
      });
      const press = await this.press.publish(
        manager,
        campaign.id,
        'poaching_wire',
        offerText({
          rivalName: player.displayName,
          employerName: employer.displayName,
          scholarName: scholar.name,
          faction,
          amount,
          terms: cleanTerms,
        }),
      );

      return { offer, press };
    });

    this.logger.log({
      message: 'poaching offer placed',
      guildId: actor.guildId,
      userId: actor.userId,
      offerId: placed.offer.id,
    });

    return placed;
  }

  /**
   * Escrows the employer's counter and sets it on every open offer for the scholar. A new
   * counter replaces the previous one, whose escrow is returned first.
   */
  async counter(
    actor: Actor,
    scholarChoice: string,
    faction: Faction,
    amount: number,
  ): Promise<PressRelease> {
    checkFaction(faction);
    checkAmount(amount);

    return this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
      if (scholar.employerId !== player.id) {
        throw new NotTheEmployerError(scholar.name);
      }
      const open = await this.openOffers(manager, scholar.id);
      if (open.length === 0) {
        throw new NoOpenOfferError(scholar.name);
      }
      const previous = open.find((offer) => offer.counterAmount !== null);
      const returned = previous?.counterFaction === faction ? (previous.counterAmount ?? 0) : 0;
      await this.ensureSpendable(manager, player, faction, amount, returned);
      if (previous?.counterFaction && previous.counterAmount) {
        await refundInfluence(manager, player.id, previous.counterFaction, previous.counterAmount);
      }
      await spendInfluence(manager, player.id, faction, amount);
      await manager.update(
        PoachingOffer,
        { id: In(open.map((offer) => offer.id)) },
        { counterFaction: faction, counterAmount: amount },
      );
      await this.memory.recordFact(manager, scholar, 'offer_countered', {
        playerId: player.id,
        faction,
        amount,
      });
      await this.campaigns.appendEvent(manager, campaign.id, actor.userId, 'poaching.countered', {
        actorName: actor.displayName,
        scholarKey: scholar.key,
        faction,
        amount,
      });

      return this.press.publish(
        manager,
        campaign.id,
        'poaching_wire',
        counterText({
          employerName: player.displayName,
          scholarName: scholar.name,
          faction,
          amount,
        }),
      );
    });
  }

  /** Every open offer of the actor's campaign, oldest first; everything is public. */
  async listOpen(actor: Actor): Promise<{ offers: PoachingOffer[]; names: Map<number, string> }> {
    const { campaign } = await this.campaigns.enter(actor);
    const offers = await this.writes.readCommitted(() =>
      this.scholarsManager().find(PoachingOffer, {
        where: { campaignId: campaign.id, status: 'open' },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
    const scholars = await this.scholars.findByIds(
      campaign.id,
      offers.map((offer) => offer.scholarId),
    );
    const players = await this.scholarsManager().findBy(Player, { campaignId: campaign.id });
    const names = new Map<number, string>();
    for (const scholar of scholars) {
      names.set(-scholar.id, scholar.name);
    }
    for (const player of players) {
      names.set(player.id, player.displayName);
    }

    return { offers, names };
  }

  /**
   * Settles every scholar whose open offers include one due at `slotAt`, inside the digest's
   * transaction. All of a scholar's open offers are weighed together, so two rivals bidding for
   * the same scholar get one decision. The roll's seed is the campaign seed and the best offer's
   * id, so a rerun decides the same.
   */
  async decideDueOffers(
    manager: EntityManager,
    campaign: Campaign,
    slotAt: Date,
    reactions: ReactionRequest[],
  ): Promise<OfferDecision[]> {
    const due = await manager.find(PoachingOffer, {
      where: { campaignId: campaign.id, status: 'open', decideAfter: LessThanOrEqual(slotAt) },
      order: { scholarId: 'ASC' },
    });
    const scholarIds = [...new Set(due.map((offer) => offer.scholarId))];
    const decisions: OfferDecision[] = [];
    for (const scholarId of scholarIds) {
      const offers = due.filter((offer) => offer.scholarId === scholarId);
      decisions.push(
        await this.decideScholar(manager, campaign, scholarId, offers, slotAt, reactions),
      );
    }

    return decisions;
  }

  private async decideScholar(
    manager: EntityManager,
    campaign: Campaign,
    scholarId: number,
    offers: PoachingOffer[],
    slotAt: Date,
    reactions: ReactionRequest[],
  ): Promise<OfferDecision> {
    const scholar = await manager.findOneByOrFail(Scholar, { id: scholarId });
    const employerId = scholar.employerId;
    const valid = offers.filter((offer) => employerId !== null && offer.rivalId !== employerId);
    const best = bestOffer(valid);
    const counter = offers.find((offer) => offer.counterAmount !== null);
    if (!best || employerId === null) {
      await this.settle(manager, offers, null, 'void', slotAt);
      await this.refundCounter(manager, counter);
      return { scholarId, winningOfferId: null, chance: 0, hasDefected: false };
    }

    const feeling = await this.feelings.towardPlayer(manager, scholar.id, employerId);
    const chance = defectionProbability({
      quality: offerQuality(best.amount, counter?.counterAmount ?? 0),
      mistreatment: mistreatment(feeling),
      alignment: alignment(scholar.politics, best.faction),
      plateau: careerPlateau(scholar),
      loyalty: scholar.stats.loyalty,
      integrity: scholar.stats.integrity,
    });
    const seed = `${campaign.seed}:poach:${scholar.key}:${best.createdAt.getTime()}`;
    const hasDefected = this.random.stream(seed).float() < chance;
    const employer = await manager.findOneByOrFail(Player, { id: employerId });

    if (hasDefected) {
      await this.defect(manager, scholar, employer, best, feeling, chance, reactions);
      await this.refundCounter(manager, counter);
      await this.settle(manager, offers, best, 'outbid', slotAt);
    } else {
      await this.refuse(manager, scholar, employer, offers, chance, slotAt);
      await this.settle(manager, offers, null, 'refused', slotAt);
    }
    this.logger.log({
      message: 'poaching offer decided',
      campaignId: campaign.id,
      scholarId,
      offerId: best.id,
      outcome: hasDefected ? 'defected' : 'refused',
    });

    return { scholarId, winningOfferId: hasDefected ? best.id : null, chance, hasDefected };
  }

  private async defect(
    manager: EntityManager,
    scholar: Scholar,
    employer: Player,
    offer: PoachingOffer,
    feeling: number,
    chance: number,
    reactions: ReactionRequest[],
  ): Promise<void> {
    const rival = await manager.findOneByOrFail(Player, { id: offer.rivalId });
    await manager.update(Scholar, scholar.id, { employerId: rival.id, mentorId: null });
    await this.feelings.scar(manager, scholar.id, employer.id, defectionScarLevel(feeling));
    await this.feelings.adjust(manager, scholar.id, rival.id, DEFECTION_WARMTH);
    // Offers still waiting for a later digest now court the new employer's scholar.
    await manager.update(
      PoachingOffer,
      { scholarId: scholar.id, status: 'open' },
      { employerId: rival.id, counterFaction: null, counterAmount: null },
    );
    await this.memory.recordFact(manager, scholar, 'defected', {
      playerId: rival.id,
      fromPlayerId: employer.id,
      offerId: offer.id,
      amount: offer.amount,
      faction: offer.faction,
    });
    const press = await this.press.publish(
      manager,
      scholar.campaignId,
      'defection_notice',
      defectionText({
        scholarName: scholar.name,
        scholarTitle: scholar.title,
        catchphrase: scholar.catchphrase,
        oldEmployerName: employer.displayName,
        newEmployerName: rival.displayName,
        amount: offer.amount,
        faction: offer.faction,
        chance,
      }),
    );
    reactions.push({
      scholarId: scholar.id,
      scholarName: scholar.name,
      catchphrase: scholar.catchphrase,
      archetype: scholar.archetype,
      event: `left ${employer.displayName} for ${rival.displayName}'s offer of ${offer.amount} ${offer.faction} influence`,
      stance: DEFECTION_WARMTH,
      traits: { ...scholar.stats },
      pressNumber: press.number,
    });
  }

  private async refuse(
    manager: EntityManager,
    scholar: Scholar,
    employer: Player,
    offers: PoachingOffer[],
    chance: number,
    slotAt: Date,
  ): Promise<void> {
    const loyalty = Math.min(MAX_LOYALTY, scholar.stats.loyalty + 1);
    await manager.update(Scholar, scholar.id, { stats: { ...scholar.stats, loyalty } });
    // The counter kept the scholar and is spent, so offers due at a later digest lose it.
    await manager.update(
      PoachingOffer,
      { scholarId: scholar.id, status: 'open' },
      { counterFaction: null, counterAmount: null },
    );
    const rivals = await manager.findBy(Player, {
      id: In([...new Set(offers.map((offer) => offer.rivalId))]),
    });
    await this.memory.recordFact(
      manager,
      scholar,
      'offer_refused',
      { playerId: employer.id, offerIds: offers.map((offer) => offer.id), loyalty },
      slotAt,
    );
    await this.press.publish(
      manager,
      scholar.campaignId,
      'poaching_wire',
      refusalText({
        scholarName: scholar.name,
        employerName: employer.displayName,
        rivalNames: rivals.map((rival) => rival.displayName),
        chance,
        loyalty,
      }),
    );
  }

  /**
   * Closes the offers, refunding every one but the winner, whose escrow pays the move; the
   * others end with `otherOutcome`.
   */
  private async settle(
    manager: EntityManager,
    offers: PoachingOffer[],
    winner: PoachingOffer | null,
    otherOutcome: OfferOutcome,
    slotAt: Date,
  ): Promise<void> {
    for (const offer of offers) {
      const isWinner = winner !== null && offer.id === winner.id;
      if (!isWinner) {
        await refundInfluence(manager, offer.rivalId, offer.faction, offer.amount);
      }
      const outcome: OfferOutcome = isWinner ? 'won' : otherOutcome;
      await manager.update(PoachingOffer, offer.id, {
        status: 'settled',
        outcome,
        resolvedAt: slotAt,
      });
    }
  }

  /**
   * Returns a counter to the employer who escrowed it, when the scholar left anyway or the offers
   * fell void; a counter that kept the scholar is spent.
   */
  private async refundCounter(
    manager: EntityManager,
    counter: PoachingOffer | undefined,
  ): Promise<void> {
    if (counter?.counterFaction && counter.counterAmount) {
      await refundInfluence(
        manager,
        counter.employerId,
        counter.counterFaction,
        counter.counterAmount,
      );
    }
  }

  /**
   * Rejects a spend above what the player can put up: the balance /status shows plus `returned`,
   * the standing counter that a new counter gives back first. The message lists what the
   * player's open offers and counters hold in escrow, so it matches /status.
   */
  private async ensureSpendable(
    manager: EntityManager,
    player: Player,
    faction: Faction,
    cost: number,
    returned: number,
  ): Promise<void> {
    const spendable = player.influence[faction];
    if (spendable + returned >= cost) {
      return;
    }

    throw new OfferFundsShortError(
      faction,
      spendable,
      cost,
      await this.escrowOf(manager, player, faction),
      returned,
    );
  }

  /** Influence of `faction` held for the player's open offers and counters, oldest first. */
  private async escrowOf(
    manager: EntityManager,
    player: Player,
    faction: Faction,
  ): Promise<EscrowHolding[]> {
    const open = await manager.find(PoachingOffer, {
      where: [
        { campaignId: player.campaignId, status: 'open', rivalId: player.id, faction },
        {
          campaignId: player.campaignId,
          status: 'open',
          employerId: player.id,
          counterFaction: faction,
        },
      ],
      order: { id: 'ASC' },
    });
    const holdings: EscrowHolding[] = [];
    const counteredScholars = new Set<number>();
    for (const offer of open) {
      if (offer.rivalId === player.id && offer.faction === faction) {
        holdings.push({ label: `your offer ${offerCode(offer)}`, amount: offer.amount });
      }
      // One counter is copied onto every open offer for the scholar, so count it once.
      const isCounter = offer.employerId === player.id && offer.counterFaction === faction;
      if (isCounter && offer.counterAmount && !counteredScholars.has(offer.scholarId)) {
        counteredScholars.add(offer.scholarId);
        holdings.push({
          label: `your counter on ${offerCode(offer)}`,
          amount: offer.counterAmount,
        });
      }
    }

    return holdings;
  }

  private openOffers(manager: EntityManager, scholarId: number): Promise<PoachingOffer[]> {
    return manager.find(PoachingOffer, { where: { scholarId, status: 'open' } });
  }

  private scholarsManager(): EntityManager {
    return this.dataSource.manager;
  }
}

/** Formats an offer's order code as `/gw_admin orders` lists it: `PO-` and the row id. */
export function offerCode(offer: Pick<PoachingOffer, 'id'>): string {
  return `PO-${offer.id}`;
}

function checkAmount(amount: number): void {
  if (!Number.isInteger(amount) || amount < MIN_OFFER || amount > MAX_OFFER) {
    throw new InvalidOptionError(
      'amount',
      `An offer is a whole number of influence from ${MIN_OFFER} to ${MAX_OFFER}; you gave ${amount}.`,
    );
  }
}
