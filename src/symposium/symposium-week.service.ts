import { Inject, Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In, LessThanOrEqual, MoreThan, type EntityManager } from 'typeorm';
import type { Campaign } from '../campaigns/campaign.entity';
import { clampReputation } from '../campaigns/influence';
import { Player } from '../campaigns/player.entity';
import { RANDOM, type RandomSource } from '../common/random';
import { AppConfig } from '../config/app-config';
import { GameEvent } from '../events/game-event.entity';
import { EventsService } from '../events/events.service';
import { PressService } from '../gazette/press.service';
import { quotePlayerText } from '../narration/template-text';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import { SymposiumDebt } from './symposium-debt.entity';
import { SymposiumPledge } from './symposium-pledge.entity';
import {
  STANCE_LABELS,
  SYMPOSIUM_STANCES,
  pickTopic,
  repayDebt,
  settlePledge,
  winningStance,
  type PledgeSettlement,
  type SymposiumStance,
} from './symposium-rules';
import { nextSymposiumSlot, symposiumSlotsBetween } from './symposium-schedule';
import { SymposiumSession } from './symposium-session.entity';
import { SymposiumTopic } from './symposium-topic.entity';
import { BUILTIN_TOPICS } from './symposium-topics';
import { SymposiumVote } from './symposium-vote.entity';

/** One player's line in a symposium result. */
interface SettledPlayer {
  player: Player;
  stance: SymposiumStance | null;
  settlement: PledgeSettlement;
  repaid: number;
}

/**
 * The weekly symposium cycle, run inside a digest's write transaction: at the first digest after
 * each weekly call slot it closes the open symposium, settles pledges, and calls the next topic.
 */
@Injectable()
export class SymposiumWeekService {
  private readonly logger = new Logger(SymposiumWeekService.name);

  constructor(
    private readonly press: PressService,
    private readonly events: EventsService,
    private readonly config: AppConfig,
    @Inject(RANDOM) private readonly random: RandomSource,
  ) {}

  /**
   * Runs the latest weekly call due at `at`, once per (campaign, call slot). Calls missed during
   * downtime or a pause are not replayed one by one: only the latest slot is called.
   */
  async runDueCall(manager: EntityManager, campaign: Campaign, at: Date): Promise<boolean> {
    const settings = this.config.game.symposium;
    const last = await manager.findOne(SymposiumSession, {
      where: { campaignId: campaign.id },
      order: { calledAt: 'DESC' },
    });
    const due = symposiumSlotsBetween(
      last?.calledAt ?? campaign.createdAt,
      at,
      settings,
      campaign.timeZone,
    );
    const slot = due.at(-1);
    if (!slot) {
      return false;
    }

    const open = await manager.findOneBy(SymposiumSession, {
      campaignId: campaign.id,
      status: 'open',
    });
    if (open) {
      await this.closeSession(manager, campaign, open, slot);
    }
    await this.callSession(manager, campaign, slot);

    return true;
  }

  private async callSession(manager: EntityManager, campaign: Campaign, slot: Date): Promise<void> {
    const topic = await this.chooseTopic(manager, campaign, slot);
    const session = await manager.save(
      manager.create(SymposiumSession, {
        campaignId: campaign.id,
        topicId: topic.id,
        calledAt: slot,
        status: 'open',
        winningStance: null,
        closedAt: null,
      }),
    );
    const proposer = topic.proposerId
      ? await manager.findOneBy(Player, { id: topic.proposerId })
      : null;
    const closesAt = nextSymposiumSlot(slot, this.config.game.symposium, campaign.timeZone);
    const closes = DateTime.fromJSDate(closesAt, { zone: campaign.timeZone }).toFormat(
      'cccc d LLLL, HH:mm ZZZZ',
    );
    const title = quotePlayerText(topic.title);
    const call = await this.press.publish(manager, campaign.id, 'symposium_call', {
      headline: `Symposium Call: ${title}`,
      body: [
        proposer
          ? `On the motion of ${quotePlayerText(proposer.displayName)}, the Academy convenes to debate: “${title}”.`
          : `With no petition before it, the Academy sets its own question: “${title}”.`,
        `Declare support, opposition or further study with /symposium_vote before ${closes}.`,
        `Every member pledges influence from their largest holding. Those who vote keep it; the silent forfeit it, though a first silence in ${this.config.game.symposium.graceDays} days is forgiven.`,
      ].join('\n'),
    });
    await this.events.append(manager, campaign.id, null, 'symposium.called', {
      sessionId: session.id,
      topicId: topic.id,
      title: topic.title,
      proposerId: topic.proposerId,
      calledAt: slot.toISOString(),
      pressNumber: call.number,
    });
    this.logger.log({ message: 'symposium called', guildId: campaign.guildId, topicId: topic.id });
  }

  /**
   * Picks the best pending proposal after expiring the stale ones. Without proposals it picks a
   * built-in topic not used recently, drawn from a stream seeded by the campaign and the slot.
   */
  private async chooseTopic(
    manager: EntityManager,
    campaign: Campaign,
    slot: Date,
  ): Promise<SymposiumTopic> {
    const settings = this.config.game.symposium;
    const cutoff = DateTime.fromJSDate(slot).minus({ days: settings.proposalLifetimeDays });
    await manager.update(
      SymposiumTopic,
      {
        campaignId: campaign.id,
        status: 'pending',
        proposedAt: LessThanOrEqual(cutoff.toJSDate()),
      },
      { status: 'expired' },
    );
    const candidates = await manager.find(SymposiumTopic, {
      where: {
        campaignId: campaign.id,
        status: 'pending',
        proposedAt: MoreThan(cutoff.toJSDate()),
      },
    });
    const recent = await this.recentTopics(manager, campaign.id, settings.recentTopics);
    const chosen = pickTopic(
      candidates,
      recent.map((topic) => topic.proposerId),
      slot,
      settings,
    );
    if (chosen) {
      await manager.update(SymposiumTopic, chosen.id, { status: 'chosen' });
      chosen.status = 'chosen';
      return chosen;
    }

    const recentKeys = new Set(recent.map((topic) => topic.builtinKey));
    const fresh = BUILTIN_TOPICS.filter((topic) => !recentKeys.has(topic.key));
    const stream = this.random.stream(`${campaign.seed}:symposium:${slot.toISOString()}`);
    const builtin = stream.pick(fresh.length > 0 ? fresh : BUILTIN_TOPICS);

    return manager.save(
      manager.create(SymposiumTopic, {
        campaignId: campaign.id,
        proposerId: null,
        title: builtin.title,
        status: 'chosen',
        builtinKey: builtin.key,
        proposedAt: slot,
      }),
    );
  }

  private async recentTopics(
    manager: EntityManager,
    campaignId: number,
    count: number,
  ): Promise<SymposiumTopic[]> {
    if (count === 0) {
      return [];
    }
    const sessions = await manager.find(SymposiumSession, {
      where: { campaignId },
      order: { calledAt: 'DESC' },
      take: count,
    });

    return manager.findBy(SymposiumTopic, { id: In(sessions.map((session) => session.topicId)) });
  }

  /** Closes a symposium: settles every member's pledge, then publishes the result. */
  private async closeSession(
    manager: EntityManager,
    campaign: Campaign,
    session: SymposiumSession,
    at: Date,
  ): Promise<void> {
    const votes = await manager.findBy(SymposiumVote, { sessionId: session.id });
    const stanceOf = new Map(votes.map((vote) => [vote.playerId, vote.stance]));
    const members = await this.membersAtCall(manager, campaign.id, session.calledAt, stanceOf);
    const settled: SettledPlayer[] = [];
    for (const player of members) {
      const stance = stanceOf.get(player.id) ?? null;
      settled.push(await this.settlePlayer(manager, campaign, session, player, stance, at));
    }

    const counts: Record<SymposiumStance, number> = { support: 0, oppose: 0, further_study: 0 };
    for (const vote of votes) {
      counts[vote.stance] += 1;
    }
    const stance = winningStance(counts);
    await manager.update(SymposiumSession, session.id, {
      status: 'closed',
      winningStance: stance,
      closedAt: at,
    });
    const topic = await manager.findOneByOrFail(SymposiumTopic, { id: session.topicId });
    const result = await this.press.publish(manager, campaign.id, 'symposium_result', {
      headline: `Symposium Result: ${STANCE_LABELS[stance]} on “${quotePlayerText(topic.title)}”`,
      body: resultBody(stance, counts, settled),
    });
    await this.events.append(manager, campaign.id, null, 'symposium.closed', {
      sessionId: session.id,
      stance,
      counts,
      pressNumber: result.number,
      pledges: settled.map(({ player, stance: vote, settlement, repaid }) => ({
        playerId: player.id,
        stance: vote,
        outcome: settlement.outcome,
        amount: settlement.amount,
        faction: settlement.faction,
        taken: settlement.taken,
        shortfall: settlement.shortfall,
        repaid,
        debt: settlement.debt,
        reputationChange: settlement.reputationChange,
      })),
    });
    this.logger.log({ message: 'symposium closed', guildId: campaign.guildId, stance });
  }

  /**
   * Players who had joined by the call or voted. A later arrival who stays silent owes nothing
   * this week; one who votes is counted and keeps the pledge like any voter.
   */
  private async membersAtCall(
    manager: EntityManager,
    campaignId: number,
    calledAt: Date,
    stanceOf: ReadonlyMap<number, SymposiumStance>,
  ): Promise<Player[]> {
    const lateJoins = await manager.find(GameEvent, {
      where: { campaignId, type: 'player.joined', at: MoreThan(calledAt) },
    });
    const late = new Set(lateJoins.map((event) => event.actorUserId));
    const players = await manager.find(Player, { where: { campaignId }, order: { id: 'ASC' } });

    return players.filter((player) => !late.has(player.userId) || stanceOf.has(player.id));
  }

  /**
   * Repays old debt from the largest balance, then settles this week's pledge. The pledge row is
   * unique per (session, player), so a forfeit and its shortfall are never counted twice.
   */
  private async settlePlayer(
    manager: EntityManager,
    campaign: Campaign,
    session: SymposiumSession,
    player: Player,
    stance: SymposiumStance | null,
    at: Date,
  ): Promise<SettledPlayer> {
    const standing =
      (await manager.findOneBy(SymposiumDebt, { playerId: player.id })) ??
      manager.create(SymposiumDebt, {
        campaignId: campaign.id,
        playerId: player.id,
        debt: 0,
        missStreak: 0,
        lastGraceAt: null,
      });
    const influence = Object.fromEntries(
      FACTIONS.map((faction) => [faction, player.influence[faction]]),
    ) as Record<Faction, number>;

    const repayment = repayDebt(influence, standing.debt);
    if (repayment) {
      influence[repayment.faction] -= repayment.paid;
      standing.debt -= repayment.paid;
    }
    const settlement = settlePledge(
      {
        influence,
        missStreak: standing.missStreak,
        debt: standing.debt,
        lastGraceAt: standing.lastGraceAt,
      },
      stance !== null,
      at,
      this.config.game.symposium,
    );
    if (settlement.faction) {
      influence[settlement.faction] -= settlement.taken;
    }

    await manager.insert(SymposiumPledge, {
      sessionId: session.id,
      playerId: player.id,
      amount: settlement.amount,
      outcome: settlement.outcome,
      faction: settlement.faction,
      taken: settlement.taken,
      shortfall: settlement.shortfall,
    });
    Object.assign(standing, {
      debt: settlement.debt,
      missStreak: settlement.missStreak,
      lastGraceAt: settlement.lastGraceAt,
    });
    await manager.save(standing);
    player.influence = Object.assign(player.influence, influence);
    player.reputation = clampReputation(player.reputation + settlement.reputationChange);
    await manager.save(player);

    return { player, stance, settlement, repaid: repayment?.paid ?? 0 };
  }
}

/** Writes the result's body: tallies with names, the silent, and what each forfeit cost. */
function resultBody(
  stance: SymposiumStance,
  counts: Record<SymposiumStance, number>,
  settled: SettledPlayer[],
): string {
  const lines = [`The Academy's public stance: **${STANCE_LABELS[stance]}**.`];
  for (const option of SYMPOSIUM_STANCES) {
    const names = settled
      .filter((entry) => entry.stance === option)
      .map((entry) => quotePlayerText(entry.player.displayName));
    lines.push(
      `${STANCE_LABELS[option]}: ${counts[option]}${names.length ? ` (${names.join(', ')})` : ''}`,
    );
  }
  const silent = settled.filter((entry) => entry.stance === null);
  lines.push(
    silent.length
      ? `Stayed silent: ${silent.map((entry) => quotePlayerText(entry.player.displayName)).join(', ')}.`
      : 'No member stayed silent.',
  );
  for (const { player, settlement, repaid } of settled) {
    const name = quotePlayerText(player.displayName);
    if (repaid > 0) {
      lines.push(`${name} repays ${repaid} influence of old symposium debt.`);
    }
    if (settlement.outcome === 'forgiven') {
      lines.push(`${name}'s pledge of ${settlement.amount} is forgiven this once.`);
    } else if (settlement.outcome === 'forfeited') {
      const taken = settlement.faction ? `${settlement.taken} ${settlement.faction}` : 'nothing';
      const owed = settlement.shortfall > 0 ? `; ${settlement.shortfall} more is owed` : '';
      lines.push(`${name} forfeits a pledge of ${settlement.amount}: ${taken} taken${owed}.`);
    }
    if (settlement.reputationChange < 0) {
      lines.push(
        `${name} owes ${settlement.debt} influence to the symposium and loses ${Math.abs(settlement.reputationChange)} reputation.`,
      );
    }
  }

  return lines.join('\n');
}
