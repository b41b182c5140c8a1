import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { EventsService } from '../events/events.service';
import { MetricsService } from '../metrics/metrics.service';
import { NARRATOR, type Narrator } from '../narration/narrator';
import { TemplateNarrator } from '../narration/template-narrator';
import { DigestStepRegistry, type DigestContext, type ReactionRequest } from './digest-step';
import { Dispatch } from './dispatch.entity';
import { Edition, type EditionKind } from './edition.entity';
import { layoutEdition } from './gazette-layout';
import {
  digestTimesOf,
  dueSlots,
  formatEditionLabel,
  nextScheduledSlot,
  yearAt,
} from './gazette-schedule';
import { PressRelease } from './press-release.entity';
import { PressService } from './press.service';

/** Result of one digest run, for logs, replies and tests. */
export interface EditionResult {
  edition: Edition;
  items: PressRelease[];
  /** Messages queued for the gazette channel; 0 when no channel is set. */
  messageCount: number;
}

const GOSSIP_HEADLINE = 'Academic Gossip: the common rooms react';

/** Reactions of an edition waiting to be voiced, and the gossip item that prints them. */
interface DraftReactions {
  pressId: number;
  requests: ReactionRequest[];
}

/** Rows the first phase of a digest stored. */
interface EditionDraft {
  edition: Edition;
  reactions: DraftReactions | null;
}

/** One bullet per reaction, naming the press item it responds to. */
function formatGossip(requests: readonly ReactionRequest[], lines: readonly string[]): string {
  return lines
    .map((line, i) => {
      const about = requests[i].pressNumber;
      return about === null ? `• ${line}` : `• On No. ${about}: ${line}`;
    })
    .join('\n');
}

/**
 * Runs Gazette digests. A digest of one (campaign, slot) advances the year, ticks cooldowns, runs
 * the steps other modules registered (resolutions, lapses), voices their scholar reactions,
 * gathers every unpublished press release into an edition and queues its messages. The unique
 * edition row makes a re-run for the same slot a no-op, so a crash or a second scheduler can
 * never post an edition twice.
 */
@Injectable()
export class GazetteService {
  private readonly logger = new Logger(GazetteService.name);
  /** Editions this process is composing now, which the catch-up must not finish behind it. */
  private readonly composing = new Set<number>();
  /** Per campaign, the instant of its next scheduled slot as of its last check. */
  private readonly nextDueAt = new Map<number, { at: number; scheduleKey: string }>();

  constructor(
    @InjectRepository(Edition) private readonly editions: Repository<Edition>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    private readonly writes: WriteQueue,
    private readonly press: PressService,
    private readonly steps: DigestStepRegistry,
    private readonly config: AppConfig,
    @Inject(NARRATOR) private readonly narrator: Narrator,
    private readonly templates: TemplateNarrator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly metrics: MetricsService,
    private readonly events: EventsService,
  ) {}

  /**
   * Publishes every scheduled edition that is due and not yet published, for every campaign.
   * After downtime the most recent missed slots are replayed in order; older ones are recorded as
   * folded and announced in the first replayed edition. Returns the editions published.
   */
  async publishDueEditions(): Promise<EditionResult[]> {
    const now = this.clock.now();
    const results: EditionResult[] = [];
    for (const campaign of await this.campaigns.find({ order: { id: 'ASC' } })) {
      // A paused campaign's slots stay due; they are caught up after /gw_admin resume.
      if (campaign.paused) {
        continue;
      }
      if (!this.isPossiblyDue(campaign, now)) {
        continue;
      }
      // One campaign's failure must not hold back every campaign after it on each pass.
      try {
        results.push(...(await this.publishDueEditionsOf(campaign, now)));
        this.nextDueAt.set(campaign.id, {
          at: nextScheduledSlot(
            now,
            digestTimesOf(campaign, this.config.schedule.gazetteTimes),
            campaign.timeZone,
          ).getTime(),
          scheduleKey: scheduleKeyOf(campaign),
        });
      } catch (error) {
        this.logger.error({
          message: 'digest failed for campaign',
          guildId: campaign.guildId,
          error: (error as Error).stack,
        });
      }
    }

    return results;
  }

  /**
   * Publishes an extra edition now, for an admin. Returns null when an edition was already
   * published in this second, which keeps a double click from posting twice.
   */
  async publishExtraEdition(guildId: string): Promise<EditionResult | null> {
    const campaign = await this.campaigns.findOneByOrFail({ guildId });
    const due = await this.publishDueEditionsOf(campaign, this.clock.now());
    if (due.length > 0) {
      return due[due.length - 1];
    }
    // Scheduled slots fall on whole minutes; the extra millisecond keeps an admin's edition
    // from colliding with one of them.
    const second = Math.floor(this.clock.now().getTime() / 1000) * 1000;

    return this.publishEdition(campaign.id, new Date(second + 1), 'extra', 0);
  }

  /**
   * Publishes the edition of one slot, or returns null if that slot already has an edition.
   * Three phases keep the write lock free while the narrator waits on a language model. First one
   * transaction runs the steps and stores the edition as `composing` with template text. Then the
   * reactions are voiced outside any transaction. Last, a second transaction stores the voiced
   * text, queues the posts and marks the edition `published`.
   */
  async publishEdition(
    campaignId: number,
    slotAt: Date,
    kind: EditionKind,
    foldedEditions: number,
  ): Promise<EditionResult | null> {
    const stopTimer = this.metrics.editionDuration.startTimer();
    const draft = await this.writes.run((manager) =>
      this.composeEdition(manager, campaignId, slotAt, kind, foldedEditions),
    );
    if (!draft) {
      return null;
    }
    this.composing.add(draft.edition.id);
    try {
      const gossipBody = await this.voiceReactions(draft.reactions);
      const result = await this.writes.run((manager) =>
        this.finishEdition(manager, draft.edition.id, gossipBody),
      );
      if (result) {
        stopTimer();
      }
      return result;
    } finally {
      this.composing.delete(draft.edition.id);
    }
  }

  /** The latest editions of a campaign, newest first. */
  findRecentEditions(campaignId: number, limit: number): Promise<Edition[]> {
    return this.editions.find({
      where: { campaignId, status: 'published' },
      order: { slotAt: 'DESC' },
      take: limit,
    });
  }

  /**
   * Phase one, inside the write transaction: decides everything the edition reports and stores it
   * as `composing`, with the reactions in template text. Returns null if the slot has an edition.
   */
  private async composeEdition(
    manager: EntityManager,
    campaignId: number,
    slotAt: Date,
    kind: EditionKind,
    foldedEditions: number,
  ): Promise<EditionDraft | null> {
    const existing = await manager.findOneBy(Edition, { campaignId, slotAt });
    if (existing) {
      return null;
    }
    const campaign = await manager.findOneByOrFail(Campaign, { id: campaignId });

    const context: DigestContext = { manager, campaign, slotAt, reactions: [] };
    await this.advanceYear(manager, campaign, slotAt);
    await this.tickCooldowns(manager, campaign.id);
    for (const step of this.steps.list()) {
      await step.run(context);
    }
    const gossip = await this.publishDraftReactions(context);
    const edition = await manager.save(
      manager.create(Edition, {
        campaignId,
        slotAt,
        kind,
        status: 'composing',
        year: campaign.currentYear,
        foldedEditions,
      }),
    );
    await this.events.append(manager, campaignId, null, 'edition.published', {
      editionId: edition.id,
      slotAt: slotAt.toISOString(),
      kind,
      year: campaign.currentYear,
      foldedEditions,
    });
    await this.collectItems(manager, campaign.id, edition.id);

    return {
      edition,
      reactions: gossip ? { pressId: gossip.id, requests: context.reactions } : null,
    };
  }

  /**
   * Phase two, outside any transaction: requests the reactions from the narrator. Returns the gossip
   * body to store, or null when the edition has no reactions. The narrator falls back to its
   * templates on any failure, so this never loses the edition.
   */
  private async voiceReactions(
    reactions: DraftReactions | null,
  ): Promise<(DraftReactions & { body: string }) | null> {
    if (!reactions) {
      return null;
    }
    const lines = await this.narrator.scholarReactions(reactions.requests);

    return { ...reactions, body: formatGossip(reactions.requests, lines) };
  }

  /**
   * Phase three, inside the write transaction: stores the voiced reactions, queues the posts and
   * marks the edition `published`. Returns null if another run already finished it.
   */
  private async finishEdition(
    manager: EntityManager,
    editionId: number,
    gossip: { pressId: number; body: string } | null,
  ): Promise<EditionResult | null> {
    const edition = await manager.findOneByOrFail(Edition, { id: editionId });
    if (edition.status !== 'composing') {
      return null;
    }
    const campaign = await manager.findOneByOrFail(Campaign, { id: edition.campaignId });
    if (gossip) {
      await this.storeVoicedGossip(manager, campaign.id, gossip);
    }
    const items = await manager.find(PressRelease, {
      where: { campaignId: campaign.id, editionId },
      order: { number: 'ASC' },
    });
    const messageCount = await this.queueMessages(
      manager,
      campaign,
      edition,
      items,
      edition.foldedEditions,
    );
    edition.status = 'published';
    await manager.update(Edition, editionId, { status: 'published' });

    this.logger.log({
      message: 'edition published',
      guildId: campaign.guildId,
      slotAt: edition.slotAt.toISOString(),
      kind: edition.kind,
      items: items.length,
      messages: messageCount,
    });
    this.metrics.editions.inc({ kind: edition.kind, status: 'published' });

    return { edition, items, messageCount };
  }

  /**
   * Stores the voiced reactions over the template text. Text that differs from the template (a
   * language model's) is also logged, so a replay restores it without calling the model.
   */
  private async storeVoicedGossip(
    manager: EntityManager,
    campaignId: number,
    gossip: { pressId: number; body: string },
  ): Promise<void> {
    const stored = await manager.findOneByOrFail(PressRelease, { id: gossip.pressId });
    if (stored.body === gossip.body) {
      return;
    }
    await manager.update(PressRelease, gossip.pressId, { body: gossip.body });
    await this.events.append(manager, campaignId, null, 'edition.voiced', {
      pressNumber: stored.number,
      body: gossip.body,
    });
  }

  /** Puts logged reaction text back on its press release, for a replay of the event log. */
  restoreVoicedGossip(campaignId: number, pressNumber: number, body: string): Promise<void> {
    return this.writes.run(async (manager) => {
      const press = await manager.findOneByOrFail(PressRelease, {
        campaignId,
        number: pressNumber,
      });
      await this.storeVoicedGossip(manager, campaignId, { pressId: press.id, body });
    });
  }

  /**
   * Finishes editions a previous run left `composing`, for example after a crash between the
   * phases, with the text already stored, so each is posted once.
   */
  private async finishComposingEditions(campaign: Campaign): Promise<EditionResult[]> {
    const stranded = await this.editions.find({
      where: { campaignId: campaign.id, status: 'composing' },
      order: { slotAt: 'ASC' },
    });
    const results: EditionResult[] = [];
    for (const edition of stranded) {
      if (this.composing.has(edition.id)) {
        continue;
      }
      this.logger.warn({
        message: 'composing edition finished with stored text',
        guildId: campaign.guildId,
        slotAt: edition.slotAt.toISOString(),
      });
      const result = await this.writes.run((manager) =>
        this.finishEdition(manager, edition.id, null),
      );
      if (result) {
        results.push(result);
      }
    }

    return results;
  }

  /**
   * False while the campaign's next slot, computed after its last check, is still ahead. This
   * keeps the timer's pass at one query for all campaigns instead of one per campaign. A changed
   * schedule or a restart (an empty cache) always checks.
   */
  private isPossiblyDue(campaign: Campaign, now: Date): boolean {
    const cached = this.nextDueAt.get(campaign.id);

    return !cached || cached.scheduleKey !== scheduleKeyOf(campaign) || now.getTime() >= cached.at;
  }

  private async publishDueEditionsOf(campaign: Campaign, now: Date): Promise<EditionResult[]> {
    const lastScheduled = await this.editions.findOne({
      where: { campaignId: campaign.id, kind: 'scheduled' },
      order: { slotAt: 'DESC' },
    });
    const due = dueSlots(campaign, lastScheduled?.slotAt, now, this.config.schedule.gazetteTimes);
    const keep = this.config.game.gazette.maxCatchUpEditions;
    const folded = due.slice(0, Math.max(0, due.length - keep));
    const replayed = due.slice(folded.length);

    if (folded.length > 0) {
      await this.recordFoldedSlots(campaign, folded);
    }
    const results = await this.finishComposingEditions(campaign);
    for (const [index, slotAt] of replayed.entries()) {
      const foldedEditions = index === 0 ? folded.length : 0;
      const result = await this.publishEdition(campaign.id, slotAt, 'scheduled', foldedEditions);
      if (result) {
        results.push(result);
      }
    }

    return results;
  }

  private async recordFoldedSlots(campaign: Campaign, slots: Date[]): Promise<void> {
    this.logger.warn({
      message: 'missed editions folded',
      guildId: campaign.guildId,
      count: slots.length,
      from: slots[0].toISOString(),
      to: slots[slots.length - 1].toISOString(),
    });

    const inserted = await this.writes.run(async (manager) => {
      let count = 0;
      for (const slotAt of slots) {
        const existing = await manager.findOneBy(Edition, { campaignId: campaign.id, slotAt });
        if (!existing) {
          await manager.insert(Edition, {
            campaignId: campaign.id,
            slotAt,
            kind: 'scheduled',
            status: 'folded',
            year: campaign.currentYear,
          });
          count += 1;
        }
      }

      return count;
    });
    this.metrics.editions.inc({ kind: 'scheduled', status: 'folded' }, inserted);
  }

  private async advanceYear(manager: EntityManager, campaign: Campaign, at: Date): Promise<void> {
    const year = yearAt(campaign.createdAt, at, campaign.startYear, campaign.timeZone);
    if (year <= campaign.currentYear) {
      return;
    }
    const fromYear = campaign.currentYear;
    campaign.currentYear = year;
    await manager.update(Campaign, campaign.id, { currentYear: year });
    // Template text, because this runs inside the write transaction.
    const text = await this.templates.yearTurn({
      fromYear,
      toYear: year,
      campaignSeed: campaign.seed,
    });
    await this.press.publish(manager, campaign.id, 'years_turn', text);
  }

  /**
   * Prints every reaction the steps collected as one Academic Gossip item in template text. The
   * narrator voices them later in one call, outside the transaction, so an edition costs at most
   * one text-generation request.
   */
  private async publishDraftReactions(context: DigestContext): Promise<PressRelease | null> {
    if (context.reactions.length === 0) {
      return null;
    }
    const lines = await this.templates.scholarReactions(context.reactions);

    return this.press.publish(context.manager, context.campaign.id, 'academic_gossip', {
      headline: GOSSIP_HEADLINE,
      body: formatGossip(context.reactions, lines),
    });
  }

  private async tickCooldowns(manager: EntityManager, campaignId: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Player)
      .set({ stakeCooldownDigests: () => 'stake_cooldown_digests - 1' })
      .where({ campaignId, stakeCooldownDigests: MoreThan(0) })
      .execute();
  }

  private async collectItems(
    manager: EntityManager,
    campaignId: number,
    editionId: number,
  ): Promise<PressRelease[]> {
    const items = await manager.find(PressRelease, {
      where: { campaignId, editionId: IsNull() },
      order: { number: 'ASC' },
    });
    if (items.length > 0) {
      await manager.update(PressRelease, { campaignId, editionId: IsNull() }, { editionId });
    }

    return items;
  }

  private async queueMessages(
    manager: EntityManager,
    campaign: Campaign,
    edition: Edition,
    items: PressRelease[],
    foldedEditions: number,
  ): Promise<number> {
    if (!campaign.gazetteChannelId) {
      this.logger.warn({
        message: 'edition not posted: no gazette channel',
        guildId: campaign.guildId,
      });
      return 0;
    }
    // Template text, because this runs inside the write transaction.
    const masthead = await this.templates.digestMasthead({
      year: campaign.currentYear,
      editionLabel: formatEditionLabel(edition.slotAt, campaign.currentYear, campaign.timeZone),
      itemCount: items.length,
      foldedEditions,
      campaignSeed: campaign.seed,
    });
    const messages = layoutEdition(masthead, items);
    const now = this.clock.now();
    await manager.insert(
      Dispatch,
      messages.map((message) => ({
        campaignId: campaign.id,
        channelId: campaign.gazetteChannelId!,
        editionId: edition.id,
        message,
        // Discord keeps nonces up to 25 characters.
        nonce: randomUUID().replace(/-/g, '').slice(0, 25),
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
      })),
    );

    return messages.length;
  }
}

/** Returns a key that changes whenever an admin changes the time zone or digest times. */
function scheduleKeyOf(campaign: Campaign): string {
  return `${campaign.timeZone}|${campaign.digestTimes?.join(',') ?? ''}`;
}
