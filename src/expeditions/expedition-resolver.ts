import { Inject, Injectable, Logger } from '@nestjs/common';
import { In, Not, type EntityManager } from 'typeorm';
import { refundInfluence } from '../campaigns/influence-ledger';
import { Player } from '../campaigns/player.entity';
import { RANDOM, type RandomSource, type RandomStream } from '../common/random';
import { AppConfig } from '../config/app-config';
import type { FactionAmounts } from '../config/game-config';
import type { DigestContext } from '../gazette/digest-step';
import { PressService } from '../gazette/press.service';
import { Scholar } from '../scholars/scholar.entity';
import { ScholarFeelingsService } from '../scholars/scholar-feelings.service';
import { FACTIONS } from '../scholars/scholar-profile';
import { wagerPayout } from '../theories/confidence';
import { Theory } from '../theories/theory.entity';
import { Conference } from './conference.entity';
import { conferenceReportText, reportText } from './expedition-press';
import { ExpeditionOutcomes, type OutcomeParties } from './expedition-outcomes';
import {
  BAND_LABELS,
  MAX_SITE_FRICTION,
  bandOf,
  conferenceBand,
  conferenceScore,
  expeditionScore,
  scoreModifiers,
  wagerOutcomeOf,
  type Band,
} from './expedition-rules';
import { Expedition } from './expedition.entity';
import { describeAmounts } from './expeditions.service';
import { shiftInfluence, shiftReputation } from './player-ledger';
import { TheoryJudgement, startStakeCooldown } from './theory-judgement';

/** Reactions printed per result; the narrator voices all of a digest's reactions in one call. */
const MAX_REACTIONS = 3;
/** Reaction stances run from −10 to +10. */
const MAX_STANCE = 10;

/**
 * Resolves queued expeditions and conferences at a digest. Every draw comes from a stream seeded
 * by the campaign seed and the order's code, so a digest re-run after a crash rolls the same.
 */
@Injectable()
export class ExpeditionResolver {
  private readonly logger = new Logger(ExpeditionResolver.name);

  constructor(
    @Inject(RANDOM) private readonly random: RandomSource,
    private readonly outcomes: ExpeditionOutcomes,
    private readonly judgement: TheoryJudgement,
    private readonly feelings: ScholarFeelingsService,
    private readonly press: PressService,
    private readonly config: AppConfig,
  ) {}

  /** Resolves every queued expedition, then every queued conference, oldest first. */
  async resolveQueued(context: DigestContext): Promise<void> {
    const { manager, campaign, slotAt } = context;
    const expeditions = await manager.find(Expedition, {
      where: { campaignId: campaign.id, status: 'queued' },
      order: { id: 'ASC' },
    });
    for (const expedition of expeditions) {
      await this.resolveExpedition(context, expedition);
    }
    const conferences = await manager.find(Conference, {
      where: { campaignId: campaign.id, status: 'queued' },
      order: { id: 'ASC' },
    });
    for (const conference of conferences) {
      await this.resolveConference(context, conference);
    }
    await this.judgement.voidLapsedChallenges(manager, campaign.id, slotAt);
  }

  async resolveExpedition(context: DigestContext, expedition: Expedition): Promise<Expedition> {
    const { manager, campaign, slotAt } = context;
    const player = await manager.findOneByOrFail(Player, { id: expedition.playerId });
    const team = await this.loadTeam(manager, expedition.teamIds);
    const theory = expedition.theoryId
      ? await manager.findOneBy(Theory, { id: expedition.theoryId })
      : null;
    const random = (purpose: string): RandomStream =>
      this.random.stream(`${campaign.seed}:expedition:${expedition.code}:${purpose}`);

    const roll = random('d100').int(1, 100);
    const modifiers = scoreModifiers({
      type: expedition.type,
      depth: expedition.depth,
      discipline: expedition.discipline,
      team,
      fundingFactions: expedition.fundingFactions,
      priorThinkTank: await this.ranThinkTank(manager, expedition),
      siteDraw: random('site').int(0, MAX_SITE_FRICTION),
    });
    const score = expeditionScore(roll, modifiers);
    const band = bandOf(score);
    const outcome = wagerOutcomeOf(band);

    // A theory pays once: the first of its owner's results to reach it judges it. A later
    // expedition on a theory already judged pays its own confidence, like an untested one.
    const judgesTheory =
      theory !== null && theory.status === 'open' && theory.playerId === player.id;
    let change: number;
    let reputationAfter: number;
    let challengeLines: string[] = [];
    if (judgesTheory) {
      ({ change, reputationAfter, challengeLines } = await this.judgement.judge(
        manager,
        theory,
        outcome,
        slotAt,
      ));
    } else {
      change = wagerPayout(expedition.confidence, outcome);
      reputationAfter = await shiftReputation(manager, player.id, change);
      if (expedition.confidence === 'stake_my_career') {
        await startStakeCooldown(manager, player.id);
      }
    }

    const rules = this.config.game.expeditions;
    const rewards =
      band === 'failure'
        ? {}
        : await shiftInfluence(manager, player.id, rules.rewards[expedition.type]);
    const feeling = band === 'failure' ? rules.teamFeelingOnFailure : rules.teamFeelingOnSuccess;
    for (const scholar of team) {
      await this.feelings.adjust(manager, scholar.id, player.id, feeling);
    }
    const parties: OutcomeParties = { campaign, expedition, player, team, slotAt, random };
    const failure = band === 'failure' ? await this.outcomes.applyFailure(manager, parties) : null;
    const landmark =
      band === 'landmark' ? await this.outcomes.openLandmark(manager, parties) : null;
    const sidecast =
      band === 'failure' ? null : await this.outcomes.maybeSidecast(manager, parties);
    const reputationNow = (await manager.findOneByOrFail(Player, { id: player.id })).reputation;

    const text = reportText({
      code: expedition.code,
      type: expedition.type,
      playerName: player.displayName,
      objective: expedition.objective,
      depth: expedition.depth,
      roll,
      modifiers,
      score,
      band,
      wager: {
        change,
        confidence: judgesTheory ? theory.confidence : expedition.confidence,
        bulletinNumber: judgesTheory ? theory.bulletinNumber : null,
      },
      reputationAfter: reputationNow,
      rewards: Object.keys(rewards).length > 0 ? describeAmounts(rewards) : '',
      outcomeText: failure?.text ?? landmark?.text ?? null,
      sidecastText: sidecast?.text ?? null,
      challengeLines,
    });
    const report = await this.press.publish(
      manager,
      campaign.id,
      band === 'failure' ? 'retraction_notice' : 'discovery_report',
      text,
    );
    await this.pushReactions(
      context,
      team,
      player,
      report.number,
      `${player.displayName}'s expedition ${expedition.code} ended as a ${BAND_LABELS[band]}`,
    );

    Object.assign(expedition, {
      status: 'resolved',
      roll,
      modifiers,
      score,
      band,
      reputationChange: change,
      wagerSource: judgesTheory ? 'theory' : 'own',
      failureEntryId: failure?.entryId ?? null,
      discoveryEntryId: landmark?.entryId ?? null,
      sidecastScholarId: sidecast?.scholarId ?? null,
      reportNumber: report.number,
      resolvedAt: slotAt,
    } satisfies Partial<Expedition>);
    await manager.save(expedition);
    this.logger.log({
      message: 'expedition resolved',
      guildId: campaign.guildId,
      code: expedition.code,
      roll,
      score,
      band,
      reputationChange: change,
      reputationAfter,
    });

    return expedition;
  }

  async resolveConference(context: DigestContext, conference: Conference): Promise<Conference> {
    const { manager, campaign, slotAt } = context;
    const rules = this.config.game.expeditions.conference;
    const player = await manager.findOneByOrFail(Player, { id: conference.playerId });
    const theory = await manager.findOneByOrFail(Theory, { id: conference.theoryId });
    const roll = this.random
      .stream(`${campaign.seed}:conference:${theory.bulletinNumber}:${slotAt.toISOString()}:d100`)
      .int(1, 100);
    const supporters = conference.supporterIds.length;
    const opposition = conference.oppositionIds.length;
    const score = conferenceScore(roll, supporters, opposition, rules);
    const band: Band = conferenceBand(score, rules);

    const judges = theory.status === 'open' && theory.playerId === player.id;
    const judgement = judges
      ? await this.judgement.judge(manager, theory, wagerOutcomeOf(band), slotAt)
      : null;
    // A conference that judges nothing has nothing else to give, so its fee goes back. This
    // happens when an expedition launched after it tested the same theory and resolved first.
    if (!judges) {
      await this.refundCost(manager, player.id, conference.cost);
    }
    const reputationAfter = (await manager.findOneByOrFail(Player, { id: player.id })).reputation;
    const text = conferenceReportText({
      playerName: player.displayName,
      bulletinNumber: theory.bulletinNumber,
      roll,
      supporters,
      opposition,
      supporterBonus: rules.supporterBonus,
      oppositionPenalty: rules.oppositionPenalty,
      score,
      band,
      change: judgement?.change ?? null,
      refund: judges ? null : describeAmounts(conference.cost),
      confidence: theory.confidence,
      reputationAfter,
      challengeLines: judgement?.challengeLines ?? [],
    });
    const report = await this.press.publish(
      manager,
      campaign.id,
      band === 'failure' ? 'retraction_notice' : 'discovery_report',
      text,
    );
    const speakers = await this.loadTeam(manager, [
      ...conference.supporterIds,
      ...conference.oppositionIds,
    ]);
    await this.pushReactions(
      context,
      speakers,
      player,
      report.number,
      `the conference on ${player.displayName}'s Bulletin No. ${theory.bulletinNumber} ended as a ${BAND_LABELS[band]}`,
    );

    Object.assign(conference, {
      status: 'resolved',
      roll,
      score,
      band,
      reputationChange: judgement?.change ?? null,
      resolvedAt: slotAt,
    } satisfies Partial<Conference>);
    await manager.save(conference);
    this.logger.log({
      message: 'conference resolved',
      guildId: campaign.guildId,
      conferenceId: conference.id,
      roll,
      score,
      band,
    });

    return conference;
  }

  private async refundCost(
    manager: EntityManager,
    playerId: number,
    cost: FactionAmounts,
  ): Promise<void> {
    for (const faction of FACTIONS) {
      await refundInfluence(manager, playerId, faction, cost[faction] ?? 0);
    }
  }

  /**
   * Returns true if the player ran a think tank on the same theory that resolved without failing.
   * One resolved earlier in this digest counts, so a think tank prepares an order queued with it.
   */
  private async ranThinkTank(manager: EntityManager, expedition: Expedition): Promise<boolean> {
    if (expedition.theoryId === null) {
      return false;
    }
    const count = await manager.count(Expedition, {
      where: {
        id: Not(expedition.id),
        playerId: expedition.playerId,
        theoryId: expedition.theoryId,
        type: 'think_tank',
        status: 'resolved',
        band: In(['partial', 'success', 'landmark']),
      },
    });

    return count > 0;
  }

  /** Scholars by id, in the order given; scholars since removed from the roster are skipped. */
  private async loadTeam(manager: EntityManager, ids: number[]): Promise<Scholar[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await manager.findBy(Scholar, { id: In(ids) });

    return ids.flatMap((id) => rows.filter((scholar) => scholar.id === id));
  }

  private async pushReactions(
    context: DigestContext,
    scholars: Scholar[],
    player: Player,
    pressNumber: number,
    event: string,
  ): Promise<void> {
    for (const scholar of scholars.slice(0, MAX_REACTIONS)) {
      const feeling = await this.feelings.towardPlayer(context.manager, scholar.id, player.id);
      context.reactions.push({
        scholarName: scholar.name,
        catchphrase: scholar.catchphrase,
        archetype: scholar.archetype,
        event,
        stance: Math.max(-MAX_STANCE, Math.min(MAX_STANCE, Math.round(feeling))),
        pressNumber,
      });
    }
  }
}
