import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ExpeditionsService } from '../expeditions/expeditions.service';
import type { EditionKind } from '../gazette/edition.entity';
import { GazetteService } from '../gazette/gazette.service';
import { MentorshipService } from '../scholars/mentorship.service';
import { PoachingService } from '../scholars/poaching.service';
import { RecruitmentService } from '../scholars/recruitment.service';
import { Scholar } from '../scholars/scholar.entity';
import type { CareerTrack } from '../scholars/scholar-rules';
import type { Faction } from '../scholars/scholar-profile';
import { SymposiumService } from '../symposium/symposium.service';
import type { SymposiumStance } from '../symposium/symposium-rules';
import { TheoriesService } from '../theories/theories.service';
import { CampaignAdminService } from './campaign-admin.service';
import type { GameEventType } from './events.service';
import { OrdersAdminService } from './orders-admin.service';
import type { ReplayContext } from './replay-app';

/** One logged event as a replay reads it, from the database or from an exported log. */
export interface LoggedEvent {
  seq: number;
  at: Date;
  actorUserId: string | null;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * Events that digest steps append while an edition is composed. A replay skips them and lets
 * the `edition.published` that follows them run the digest again, which appends them anew.
 */
const DIGEST_EVENT_TYPES = new Set<string>([
  'theory.lapsed',
  'symposium.called',
  'symposium.closed',
]);

/** Raised when a log cannot be replayed or the replay does not reproduce it. */
export class ReplayError extends Error {}

/** Result of a replay, for the command line and tests. */
export interface ReplayResult {
  campaignId: number;
  replayed: number;
  skipped: number;
}

type Handler = (event: LoggedEvent, actor: Actor) => Promise<unknown>;

/**
 * Re-executes a campaign's events through the real services of `context`, whose database must
 * not hold that guild's campaign yet. The clock is set to each event's time before it runs.
 * After the last event the new log must match the given one type by type, or the replay raises
 * a `ReplayError` naming the first difference.
 */
export async function replayEvents(
  context: ReplayContext,
  guildId: string,
  events: readonly LoggedEvent[],
): Promise<ReplayResult> {
  return new EventReplayer(context, guildId).run(events);
}

class EventReplayer {
  private readonly logger = new Logger('EventReplayer');
  private readonly names = new Map<string, string>();
  private readonly dataSource: DataSource;
  private readonly handlers: Partial<Record<string, Handler>>;
  private campaignId: number | null = null;

  constructor(
    private readonly context: ReplayContext,
    private readonly guildId: string,
  ) {
    this.dataSource = context.app.get(DataSource);
    this.handlers = this.buildHandlers();
  }

  async run(events: readonly LoggedEvent[]): Promise<ReplayResult> {
    const existing = await this.dataSource.manager.findOneBy(Campaign, { guildId: this.guildId });
    if (existing) {
      throw new ReplayError(`the target database already has a campaign for guild ${this.guildId}`);
    }
    let replayed = 0;
    let skipped = 0;
    for (const event of events) {
      this.context.clock.set(event.at);
      if (DIGEST_EVENT_TYPES.has(event.type)) {
        skipped += 1;
        continue;
      }
      const handler = this.handlers[event.type];
      if (!handler) {
        throw new ReplayError(
          `event ${event.seq} has type "${event.type}", which replay does not support yet`,
        );
      }
      await this.runOne(handler, event);
      replayed += 1;
    }
    await this.compareLogs(events);
    this.logger.log({ message: 'replay finished', guildId: this.guildId, replayed, skipped });

    return { campaignId: this.campaignId ?? 0, replayed, skipped };
  }

  private async runOne(handler: Handler, event: LoggedEvent): Promise<void> {
    const userId = event.actorUserId ?? '';
    const actorName = typeof event.payload.actorName === 'string' ? event.payload.actorName : null;
    const actor: Actor = {
      guildId: this.guildId,
      userId,
      displayName: actorName ?? this.names.get(userId) ?? userId,
    };
    try {
      await handler(event, actor);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReplayError(`event ${event.seq} (${event.type}) failed on replay: ${reason}`);
    }
  }

  private async compareLogs(events: readonly LoggedEvent[]): Promise<void> {
    const campaignId = this.campaignId;
    if (campaignId === null) {
      throw new ReplayError('the log never creates a campaign');
    }
    const rebuilt = await this.dataSource.query<{ seq: number; type: string }[]>(
      'SELECT seq, type FROM game_events WHERE campaign_id = ? ORDER BY seq',
      [campaignId],
    );
    for (const [index, event] of events.entries()) {
      const again = rebuilt[index];
      if (!again || again.type !== event.type) {
        throw new ReplayError(
          `replay diverged at event ${event.seq}: the log has "${event.type}", the replay has "${again?.type ?? 'nothing'}"`,
        );
      }
    }
    if (rebuilt.length > events.length) {
      throw new ReplayError(
        `replay diverged after event ${events.length}: it appended "${rebuilt[events.length].type}"`,
      );
    }
  }

  private get<T>(type: new (...args: never[]) => T): T {
    return this.context.app.get(type);
  }

  /** The current row id of each scholar key, as the string a scholar option carries. */
  private async scholarChoices(keys: unknown): Promise<string[]> {
    const choices: string[] = [];
    for (const key of keys as string[]) {
      const scholar = await this.dataSource.manager.findOneBy(Scholar, {
        campaignId: this.campaignId ?? 0,
        key,
      });
      if (!scholar) {
        throw new ReplayError(`no scholar with key "${key}" in the replayed campaign`);
      }
      choices.push(String(scholar.id));
    }

    return choices;
  }

  private async scholarChoice(key: unknown): Promise<string> {
    return (await this.scholarChoices([key]))[0];
  }

  private buildHandlers(): Partial<Record<GameEventType, Handler>> {
    const campaigns = this.get(CampaignsService);
    const admin = this.get(CampaignAdminService);

    return {
      'campaign.created': async (event) => {
        const campaign = await campaigns.setChannelsIfUnset(this.guildId, {
          gazetteChannelId: null,
          tableTalkChannelId: null,
          adminChannelId: null,
        });
        if (campaign.seed !== event.payload.seed) {
          throw new ReplayError(
            `the replayed campaign's seed is "${campaign.seed}" but the log's is "${String(event.payload.seed)}"; set GAME_SEED to the value the campaign was created with`,
          );
        }
        this.campaignId = campaign.id;
      },
      'player.joined': (event, actor) => {
        this.names.set(actor.userId, String(event.payload.displayName));
        return campaigns.enter({ ...actor, displayName: String(event.payload.displayName) });
      },
      'player.renamed': (event, actor) => {
        this.names.set(actor.userId, String(event.payload.displayName));
        return campaigns.enter({ ...actor, displayName: String(event.payload.displayName) });
      },
      'campaign.channels_set': (event) =>
        campaigns.setChannels(
          this.guildId,
          {
            gazetteChannelId: event.payload.gazetteChannelId as string | null,
            tableTalkChannelId: event.payload.tableTalkChannelId as string | null,
            adminChannelId: event.payload.adminChannelId as string | null,
          },
          event.actorUserId,
        ),
      'campaign.paused': (_event, actor) => admin.setPaused(actor, true),
      'campaign.resumed': (_event, actor) => admin.setPaused(actor, false),
      'campaign.schedule_set': (event, actor) =>
        admin.setSchedule(actor, {
          timeZone: String(event.payload.timeZone),
          digestTimes: Array.isArray(event.payload.digestTimes)
            ? event.payload.digestTimes.join(',')
            : 'default',
        }),
      'admin.adjusted': (event, actor) =>
        admin.adjust(actor, String(event.payload.userId), {
          target: event.payload.target as Faction,
          amount: Number(event.payload.amount),
          reason: String(event.payload.reason),
        }),
      'admin.digest_now': (_event, actor) => admin.recordDigestNow(actor),
      'edition.published': (event) =>
        this.get(GazetteService).publishEdition(
          this.campaignId ?? 0,
          new Date(String(event.payload.slotAt)),
          event.payload.kind as EditionKind,
          Number(event.payload.foldedEditions ?? 0),
        ),
      'edition.voiced': (event) =>
        this.get(GazetteService).restoreVoicedGossip(
          this.campaignId ?? 0,
          Number(event.payload.pressNumber),
          String(event.payload.body),
        ),
      ...this.buildPlayerHandlers(),
    };
  }

  private buildPlayerHandlers(): Partial<Record<GameEventType, Handler>> {
    const expeditions = this.get(ExpeditionsService);
    const poaching = this.get(PoachingService);
    const mentorship = this.get(MentorshipService);
    const symposium = this.get(SymposiumService);
    const orders = this.get(OrdersAdminService);
    const p = (event: LoggedEvent) => event.payload;

    return {
      'theory.submitted': async (event, actor) =>
        this.get(TheoriesService).submitTheory(actor, {
          claim: String(p(event).claim),
          confidence: p(event).confidence as never,
          supporters: await this.scholarChoices(p(event).supporterKeys),
          deadlineDays: Number(p(event).deadlineDays),
        }),
      'theory.challenged': (event, actor) =>
        expeditions.challengeTheory(actor, {
          theory: String(p(event).theory),
          confidence: p(event).confidence as never,
        }),
      'expedition.launched': async (event, actor) =>
        expeditions.launchExpedition(actor, {
          type: p(event).type as never,
          objective: String(p(event).objective),
          theory: p(event).theory === null ? undefined : String(p(event).theory),
          team: await this.scholarChoices(p(event).teamKeys),
          discipline: p(event).discipline as never,
          depth: p(event).depth as never,
          fundingFactions: p(event).fundingFactions as Faction[],
          confidence: (p(event).confidence ?? undefined) as never,
        }),
      'conference.called': async (event, actor) =>
        expeditions.callConference(actor, {
          theory: String(p(event).theory),
          supporters: await this.scholarChoices(p(event).supporterKeys),
          opposition: await this.scholarChoices(p(event).oppositionKeys),
        }),
      'scholar.recruit_attempted': async (event, actor) =>
        this.get(RecruitmentService).recruit(
          actor,
          await this.scholarChoice(p(event).scholarKey),
          p(event).faction as Faction,
        ),
      'poaching.offered': async (event, actor) =>
        poaching.poach(
          actor,
          await this.scholarChoice(p(event).scholarKey),
          p(event).faction as Faction,
          Number(p(event).amount),
          String(p(event).terms),
        ),
      'poaching.countered': async (event, actor) =>
        poaching.counter(
          actor,
          await this.scholarChoice(p(event).scholarKey),
          p(event).faction as Faction,
          Number(p(event).amount),
        ),
      'scholar.mentored': async (event, actor) =>
        mentorship.mentor(actor, await this.scholarChoice(p(event).scholarKey)),
      'scholar.lab_assigned': async (event, actor) =>
        mentorship.assignLab(
          actor,
          await this.scholarChoice(p(event).scholarKey),
          p(event).track as CareerTrack,
        ),
      'symposium.proposed': (event, actor) =>
        symposium.proposeTopic(actor, { title: String(p(event).title) }),
      'symposium.voted': (event, actor) =>
        symposium.vote(actor, p(event).stance as SymposiumStance),
      'admin.order_cancelled': async (event, actor) =>
        orders.cancelOrder(actor, await orders.findCodeForReplay(this.campaignId ?? 0, p(event))),
      'admin.scholar_pinned': async (event, actor) =>
        orders.setScholarStatus(actor, await this.scholarChoice(p(event).scholarKey), 'pinned'),
      'admin.scholar_retired': async (event, actor) =>
        orders.setScholarStatus(actor, await this.scholarChoice(p(event).scholarKey), 'retired'),
    };
  }
}
