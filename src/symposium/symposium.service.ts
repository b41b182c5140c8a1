import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { MoreThan, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import type { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import { validateInput } from '../common/validate-input';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { EventsService } from '../events/events.service';
import { PressService } from '../gazette/press.service';
import { quotePlayerText } from '../narration/template-text';
import { proposeTopicSchema, type ProposeTopicInput } from './dto/propose-topic.input';
import { SymposiumDebt } from './symposium-debt.entity';
import { pledgeSize, type SymposiumStance } from './symposium-rules';
import { nextSymposiumSlot } from './symposium-schedule';
import { SymposiumSession } from './symposium-session.entity';
import { SymposiumTopic } from './symposium-topic.entity';
import { SymposiumVote } from './symposium-vote.entity';
import {
  NoOpenSymposiumError,
  ProposalQueueFullError,
  TooManyProposalsError,
} from './symposium.errors';

/** Contents of `/symposium_status`. */
export interface SymposiumOverview {
  campaign: Campaign;
  player: Player;
  session: SymposiumSession | null;
  topic: SymposiumTopic | null;
  /** Votes cast so far on the open symposium, by stance. */
  counts: Record<SymposiumStance, number>;
  ownStance: SymposiumStance | null;
  pending: SymposiumTopic[];
  nextCallAt: Date;
  /** Pledge the player owes if they stay silent at the next close. */
  nextPledge: number;
  debt: number;
  missStreak: number;
}

/** Player actions of the weekly symposium: propose a topic, vote, read the state. */
@Injectable()
export class SymposiumService {
  private readonly logger = new Logger(SymposiumService.name);

  constructor(
    @InjectRepository(SymposiumSession) private readonly sessions: Repository<SymposiumSession>,
    @InjectRepository(SymposiumTopic) private readonly topics: Repository<SymposiumTopic>,
    @InjectRepository(SymposiumVote) private readonly votes: Repository<SymposiumVote>,
    @InjectRepository(SymposiumDebt) private readonly debts: Repository<SymposiumDebt>,
    private readonly campaigns: CampaignsService,
    private readonly press: PressService,
    private readonly events: EventsService,
    private readonly writes: WriteQueue,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Stores a proposal, after checking the per-player and campaign limits on pending proposals.
   * Proposals older than the lifetime no longer count; the weekly call marks them expired.
   */
  async proposeTopic(actor: Actor, rawInput: Partial<ProposeTopicInput>): Promise<SymposiumTopic> {
    const settings = this.config.game.symposium;
    const input = validateInput(proposeTopicSchema(settings), rawInput);

    const topic = await this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const now = this.clock.now();
      const live = {
        campaignId: campaign.id,
        status: 'pending' as const,
        proposedAt: MoreThan(this.expiryCutoff(now)),
      };
      const own = await manager.countBy(SymposiumTopic, { ...live, proposerId: player.id });
      if (own >= settings.maxPendingPerPlayer) {
        throw new TooManyProposalsError(own, settings.maxPendingPerPlayer);
      }
      if ((await manager.countBy(SymposiumTopic, live)) >= settings.maxPendingTotal) {
        throw new ProposalQueueFullError(settings.maxPendingTotal);
      }

      const saved = await manager.save(
        manager.create(SymposiumTopic, {
          campaignId: campaign.id,
          proposerId: player.id,
          title: input.title,
          status: 'pending',
          builtinKey: null,
          proposedAt: now,
        }),
      );
      const proposer = quotePlayerText(player.displayName);
      const note = await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline: `Gazette Note: ${proposer} petitions the symposium`,
        body: `${proposer} asks that the Academy debate: “${quotePlayerText(saved.title)}”. The floor decides at the weekly call.`,
      });
      await this.events.append(manager, campaign.id, actor.userId, 'symposium.proposed', {
        topicId: saved.id,
        title: saved.title,
        pressNumber: note.number,
        actorName: actor.displayName,
      });

      return saved;
    });
    this.logger.log({
      message: 'symposium topic proposed',
      guildId: actor.guildId,
      userId: actor.userId,
      topicId: topic.id,
    });

    return topic;
  }

  /** Records or changes the player's stance on the open symposium. */
  async vote(
    actor: Actor,
    stance: SymposiumStance,
  ): Promise<{
    session: SymposiumSession;
    topic: SymposiumTopic;
    changedFrom: SymposiumStance | null;
  }> {
    return this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const session = await this.findOpenSession(manager, campaign.id);
      if (!session) {
        throw new NoOpenSymposiumError();
      }
      const topic = await manager.findOneByOrFail(SymposiumTopic, { id: session.topicId });

      const existing = await manager.findOneBy(SymposiumVote, {
        sessionId: session.id,
        playerId: player.id,
      });
      const now = this.clock.now();
      if (existing) {
        await manager.update(SymposiumVote, existing.id, { stance, updatedAt: now });
      } else {
        await manager.insert(SymposiumVote, {
          sessionId: session.id,
          playerId: player.id,
          stance,
          updatedAt: now,
        });
      }
      await this.events.append(manager, campaign.id, actor.userId, 'symposium.voted', {
        sessionId: session.id,
        stance,
        previousStance: existing?.stance ?? null,
        actorName: actor.displayName,
      });

      return { session, topic, changedFrom: existing?.stance ?? null };
    });
  }

  /** The open symposium, the pending proposals and the player's own standing. */
  async overview(actor: Actor): Promise<SymposiumOverview> {
    const { campaign, player } = await this.campaigns.enter(actor);
    const settings = this.config.game.symposium;
    const now = this.clock.now();
    const session = await this.sessions.findOneBy({ campaignId: campaign.id, status: 'open' });
    const topic = session ? await this.topics.findOneBy({ id: session.topicId }) : null;
    const votes = session ? await this.votes.findBy({ sessionId: session.id }) : [];
    const counts: Record<SymposiumStance, number> = { support: 0, oppose: 0, further_study: 0 };
    for (const vote of votes) {
      counts[vote.stance] += 1;
    }
    const pending = await this.topics.find({
      where: {
        campaignId: campaign.id,
        status: 'pending',
        proposedAt: MoreThan(this.expiryCutoff(now)),
      },
      order: { proposedAt: 'ASC', id: 'ASC' },
    });
    const standing = await this.debts.findOneBy({ playerId: player.id });

    return {
      campaign,
      player,
      session,
      topic,
      counts,
      ownStance: votes.find((vote) => vote.playerId === player.id)?.stance ?? null,
      pending,
      nextCallAt: nextSymposiumSlot(now, settings, campaign.timeZone),
      nextPledge: pledgeSize(standing?.missStreak ?? 0, settings),
      debt: standing?.debt ?? 0,
      missStreak: standing?.missStreak ?? 0,
    };
  }

  private findOpenSession(
    manager: EntityManager,
    campaignId: number,
  ): Promise<SymposiumSession | null> {
    return manager.findOneBy(SymposiumSession, { campaignId, status: 'open' });
  }

  private expiryCutoff(now: Date): Date {
    return DateTime.fromJSDate(now)
      .minus({ days: this.config.game.symposium.proposalLifetimeDays })
      .toJSDate();
  }
}
