import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import { Campaign } from '../campaigns/campaign.entity';
import { spendInfluenceBundle } from '../campaigns/influence-ledger';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import { validateInput } from '../common/validate-input';
import { AppConfig } from '../config/app-config';
import type { ExpeditionsConfig, FactionAmounts } from '../config/game-config';
import { WriteQueue } from '../database/write-queue';
import { EventsService } from '../events/events.service';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import type { Scholar } from '../scholars/scholar.entity';
import { FACTIONS } from '../scholars/scholar-profile';
import { ScholarsService } from '../scholars/scholars.service';
import { Theory } from '../theories/theory.entity';
import { Challenge } from './challenge.entity';
import { Conference } from './conference.entity';
import {
  challengeSchema,
  conferenceSchema,
  launchExpeditionSchema,
  type ChallengeInput,
  type ConferenceInput,
  type LaunchExpeditionInput,
} from './dto/expedition.inputs';
import { challengeText, conferenceCallText, manifestoText } from './expedition-press';
import {
  DEPTHS,
  EXPEDITION_GATES,
  meetsGate,
  type Depth,
  type ExpeditionType,
} from './expedition-rules';
import { Expedition } from './expedition.entity';
import {
  AlreadyChallengedError,
  ChallengeOwnTheoryError,
  ChallengeTooLateError,
  ConfidenceRequiredError,
  DuplicateScholarError,
  ExpeditionGateError,
  ScholarEmployedElsewhereError,
  ScholarOnQueuedExpeditionError,
  TheoryAlreadyQueuedError,
  TheoryClosedError,
  TheoryNotFoundError,
  TheoryNotYoursError,
} from './expeditions.errors';
import { readStandingSituation, standingAdvice, standingCosts } from './standing-advice';

/** Discord shows at most 25 autocomplete choices. */
const MAX_AUTOCOMPLETE_CHOICES = 25;

/** What an accepted order published. */
export interface AcceptedOrder<T> {
  order: T;
  press: PressRelease;
}

/** Influence an expedition costs: the type's base cost plus academia per preparation step. */
export function expeditionCost(
  config: ExpeditionsConfig,
  type: ExpeditionType,
  depth: Depth,
): FactionAmounts {
  const cost: FactionAmounts = { ...config.costs[type] };
  const steps = DEPTHS.indexOf(depth);
  cost.academia = (cost.academia ?? 0) + steps * config.academiaPerDepthStep;

  return cost;
}

/** Formats a conference's order code as `/gw_admin orders` lists it: `CF-` and the row id. */
export function conferenceCode(conference: Pick<Conference, 'id'>): string {
  return `CF-${conference.id}`;
}

/** Writes a cost as "academia 2, government 1", or "nothing". */
export function describeAmounts(amounts: FactionAmounts): string {
  const parts = FACTIONS.filter((faction) => (amounts[faction] ?? 0) !== 0).map(
    (faction) => `${faction} ${amounts[faction]}`,
  );

  return parts.join(', ') || 'nothing';
}

/**
 * Accepts expedition, conference and challenge orders. Each order is checked, paid for and queued
 * in one write transaction with its press release, so a rejected order changes nothing and two
 * orders at once can never spend the same influence.
 */
@Injectable()
export class ExpeditionsService {
  private readonly logger = new Logger(ExpeditionsService.name);

  constructor(
    @InjectRepository(Theory) private readonly theories: Repository<Theory>,
    private readonly campaigns: CampaignsService,
    private readonly scholars: ScholarsService,
    private readonly press: PressService,
    private readonly writes: WriteQueue,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  private get rules(): ExpeditionsConfig {
    return this.config.game.expeditions;
  }

  /**
   * Checks the gate, team, theory and funds, then charges the cost, queues the expedition and
   * publishes its Research Manifesto, all in one write.
   */
  async launchExpedition(
    actor: Actor,
    rawInput: Partial<LaunchExpeditionInput>,
  ): Promise<AcceptedOrder<Expedition>> {
    const input = validateInput(launchExpeditionSchema(this.rules), rawInput);

    const accepted = await this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      if (!meetsGate(input.type, player.reputation)) {
        const situation = await readStandingSituation(manager, player, this.clock.now());
        throw new ExpeditionGateError(
          input.type,
          EXPEDITION_GATES[input.type],
          player.reputation,
          standingAdvice(situation, standingCosts(this.rules)),
        );
      }
      const team = await this.resolveScholars(campaign.id, input.team, player.id);
      await this.ensureTeamFree(manager, campaign.id, team);
      const theory = input.theory
        ? await this.findOwnOpenTheory(manager, campaign.id, player.id, input.theory)
        : null;
      const confidence = theory?.confidence ?? input.confidence;
      if (!confidence) {
        throw new ConfidenceRequiredError();
      }
      const cost = expeditionCost(this.rules, input.type, input.depth);
      await this.charge(manager, player, cost);

      const fresh = await manager.findOneByOrFail(Campaign, { id: campaign.id });
      const code = `EX-${String(fresh.nextExpeditionNumber).padStart(4, '0')}`;
      await manager.update(Campaign, campaign.id, {
        nextExpeditionNumber: fresh.nextExpeditionNumber + 1,
      });
      const expedition = await manager.save(
        manager.create(Expedition, {
          campaignId: campaign.id,
          playerId: player.id,
          code,
          type: input.type,
          objective: input.objective,
          theoryId: theory?.id ?? null,
          teamIds: team.map((scholar) => scholar.id),
          discipline: input.discipline,
          depth: input.depth,
          fundingFactions: input.fundingFactions,
          confidence,
          cost,
          status: 'queued',
        }),
      );
      const text = manifestoText({
        code,
        type: input.type,
        playerName: player.displayName,
        objective: input.objective,
        teamNames: team.map((scholar) => scholar.name),
        discipline: input.discipline,
        depth: input.depth,
        fundingFactions: input.fundingFactions,
        confidence,
        bulletinNumber: theory?.bulletinNumber ?? null,
        overriddenConfidence:
          theory && input.confidence && input.confidence !== theory.confidence
            ? input.confidence
            : null,
        cost: describeAmounts(cost),
      });
      const press = await this.press.publish(manager, campaign.id, 'research_manifesto', text);
      await this.events.append(manager, campaign.id, actor.userId, 'expedition.launched', {
        actorName: actor.displayName,
        code,
        type: input.type,
        objective: input.objective,
        theory: theory?.bulletinNumber ?? null,
        teamKeys: team.map((scholar) => scholar.key),
        discipline: input.discipline,
        depth: input.depth,
        fundingFactions: input.fundingFactions,
        confidence: input.confidence ?? null,
        cost,
      });

      return { order: expedition, press };
    });

    this.logger.log({
      message: 'expedition launched',
      guildId: actor.guildId,
      userId: actor.userId,
      code: accepted.order.code,
      type: accepted.order.type,
      depth: accepted.order.depth,
    });

    return accepted;
  }

  /** Calls a conference on one of the player's open theories, judged at the next digest. */
  async callConference(
    actor: Actor,
    rawInput: Partial<ConferenceInput>,
  ): Promise<AcceptedOrder<Conference>> {
    const input = validateInput(conferenceSchema(this.rules), rawInput);

    const accepted = await this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const theory = await this.findOwnOpenTheory(manager, campaign.id, player.id, input.theory);
      await this.ensureNotQueuedForJudgement(manager, theory);
      const supporters = await this.resolveScholars(campaign.id, input.supporters, player.id);
      const opposition = await this.resolveScholars(campaign.id, input.opposition, null);
      const clash = opposition.find((scholar) => supporters.some((s) => s.id === scholar.id));
      if (clash) {
        throw new DuplicateScholarError(clash.name);
      }
      const cost = { ...this.rules.conference.cost };
      await this.charge(manager, player, cost);

      const conference = await manager.save(
        manager.create(Conference, {
          campaignId: campaign.id,
          playerId: player.id,
          theoryId: theory.id,
          supporterIds: supporters.map((scholar) => scholar.id),
          oppositionIds: opposition.map((scholar) => scholar.id),
          cost,
          status: 'queued',
        }),
      );
      const text = conferenceCallText({
        playerName: player.displayName,
        bulletinNumber: theory.bulletinNumber,
        claim: theory.claim,
        supporterNames: supporters.map((scholar) => scholar.name),
        oppositionNames: opposition.map((scholar) => scholar.name),
      });
      const press = await this.press.publish(manager, campaign.id, 'academic_gossip', text);
      await this.events.append(manager, campaign.id, actor.userId, 'conference.called', {
        actorName: actor.displayName,
        conferenceId: conference.id,
        theory: theory.bulletinNumber,
        supporterKeys: supporters.map((scholar) => scholar.key),
        oppositionKeys: opposition.map((scholar) => scholar.key),
        cost,
      });

      return { order: conference, press };
    });

    this.logger.log({
      message: 'conference called',
      guildId: actor.guildId,
      userId: actor.userId,
      conferenceId: accepted.order.id,
    });

    return accepted;
  }

  /** Wagers against a rival's open theory before its deadline. */
  async challengeTheory(
    actor: Actor,
    rawInput: Partial<ChallengeInput>,
  ): Promise<AcceptedOrder<Challenge>> {
    const input = validateInput(challengeSchema, rawInput);

    const accepted = await this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const theory = await this.findTheory(manager, campaign.id, input.theory);
      if (theory.playerId === player.id) {
        throw new ChallengeOwnTheoryError(theory.bulletinNumber);
      }
      if (theory.status !== 'open') {
        throw new TheoryClosedError(theory.bulletinNumber, theory.status);
      }
      if (theory.deadlineAt.getTime() <= this.clock.now().getTime()) {
        throw new ChallengeTooLateError(theory.bulletinNumber);
      }
      const existing = await manager.findOneBy(Challenge, {
        theoryId: theory.id,
        challengerId: player.id,
      });
      if (existing) {
        throw new AlreadyChallengedError(theory.bulletinNumber);
      }

      const challenge = await manager.save(
        manager.create(Challenge, {
          campaignId: campaign.id,
          theoryId: theory.id,
          challengerId: player.id,
          confidence: input.confidence,
          isSettled: false,
          outcome: null,
          reputationChange: null,
          settledAt: null,
        }),
      );
      const owner = await manager.findOneByOrFail(Player, { id: theory.playerId });
      const text = challengeText({
        challengerName: player.displayName,
        ownerName: owner.displayName,
        bulletinNumber: theory.bulletinNumber,
        confidence: input.confidence,
      });
      const press = await this.press.publish(manager, campaign.id, 'academic_gossip', text);
      await this.events.append(manager, campaign.id, actor.userId, 'theory.challenged', {
        actorName: actor.displayName,
        theory: theory.bulletinNumber,
        confidence: input.confidence,
      });

      return { order: challenge, press };
    });

    this.logger.log({
      message: 'theory challenged',
      guildId: actor.guildId,
      userId: actor.userId,
      challengeId: accepted.order.id,
    });

    return accepted;
  }

  /**
   * Open theories for autocomplete: the actor's own (`own`) or everyone else's (`rivals`), whose
   * bulletin number or claim contains the typed text, newest first.
   */
  async suggestTheories(actor: Actor, typed: string, scope: 'own' | 'rivals'): Promise<Theory[]> {
    const campaign = await this.campaigns.findCampaign(actor.guildId);
    const player = campaign ? await this.campaigns.findPlayer(campaign.id, actor.userId) : null;
    if (!campaign) {
      return [];
    }
    const open = await this.theories.find({
      where: { campaignId: campaign.id, status: 'open' },
      order: { bulletinNumber: 'DESC' },
      take: 200,
    });
    const needle = typed
      .trim()
      .toLowerCase()
      .replace(/^no\.?\s*/, '');
    const mine = (theory: Theory): boolean => player !== null && theory.playerId === player.id;

    return open
      .filter((theory) => (scope === 'own' ? mine(theory) : !mine(theory)))
      .filter(
        (theory) =>
          needle === '' ||
          String(theory.bulletinNumber).startsWith(needle) ||
          theory.claim.toLowerCase().includes(needle),
      )
      .slice(0, MAX_AUTOCOMPLETE_CHOICES);
  }

  /**
   * Resolves scholar choices, each named once. With `playerId`, every scholar must be that
   * player's own or unaffiliated; with null, any scholar of the campaign will do.
   */
  private async resolveScholars(
    campaignId: number,
    choices: string[],
    playerId: number | null,
  ): Promise<Scholar[]> {
    const resolved: Scholar[] = [];
    for (const choice of choices) {
      const scholar = await this.scholars.findByChoiceOrFail(campaignId, choice);
      if (resolved.some((known) => known.id === scholar.id)) {
        throw new DuplicateScholarError(scholar.name);
      }
      if (playerId !== null && scholar.employerId !== null && scholar.employerId !== playerId) {
        throw new ScholarEmployedElsewhereError(scholar.name);
      }
      resolved.push(scholar);
    }

    return resolved;
  }

  private async findTheory(
    manager: EntityManager,
    campaignId: number,
    choice: string,
  ): Promise<Theory> {
    const match = /^(?:no\.?\s*)?(\d{1,9})\b/i.exec(choice.trim());
    const theory = match
      ? await manager.findOneBy(Theory, { campaignId, bulletinNumber: Number(match[1]) })
      : null;
    if (!theory) {
      throw new TheoryNotFoundError(choice);
    }

    return theory;
  }

  private async findOwnOpenTheory(
    manager: EntityManager,
    campaignId: number,
    playerId: number,
    choice: string,
  ): Promise<Theory> {
    const theory = await this.findTheory(manager, campaignId, choice);
    if (theory.playerId !== playerId) {
      throw new TheoryNotYoursError(theory.bulletinNumber);
    }
    if (theory.status !== 'open') {
      throw new TheoryClosedError(theory.bulletinNumber, theory.status);
    }

    return theory;
  }

  /**
   * Rejects a conference on a theory that an order already queued will judge. A theory pays once
   * and expeditions resolve before conferences, so the new conference could pay nothing. It runs
   * inside the write that charges, so of two calls at once only one is accepted.
   */
  private async ensureNotQueuedForJudgement(manager: EntityManager, theory: Theory): Promise<void> {
    const conference = await manager.findOne(Conference, {
      where: { theoryId: theory.id, status: 'queued' },
      order: { id: 'ASC' },
    });
    if (conference) {
      throw new TheoryAlreadyQueuedError(
        theory.bulletinNumber,
        'conference',
        conferenceCode(conference),
      );
    }
    const expedition = await manager.findOne(Expedition, {
      where: { theoryId: theory.id, playerId: theory.playerId, status: 'queued' },
      order: { id: 'ASC' },
    });
    if (expedition) {
      throw new TheoryAlreadyQueuedError(theory.bulletinNumber, 'expedition', expedition.code);
    }
  }

  /**
   * Rejects a team with a scholar already on any player's queued expedition, because a scholar
   * goes on one expedition per digest. It runs inside the write that charges, so two launches at
   * once cannot both take the same scholar.
   */
  private async ensureTeamFree(
    manager: EntityManager,
    campaignId: number,
    team: Scholar[],
  ): Promise<void> {
    const queued = await manager.find(Expedition, {
      where: { campaignId, status: 'queued' },
      order: { id: 'ASC' },
    });
    for (const scholar of team) {
      const busy = queued.find((expedition) => expedition.teamIds.includes(scholar.id));
      if (busy) {
        throw new ScholarOnQueuedExpeditionError(scholar.name, busy.code);
      }
    }
  }

  /** Deducts the cost from the player's row as read in this transaction, or rejects it whole. */
  private async charge(
    manager: EntityManager,
    player: Player,
    cost: FactionAmounts,
  ): Promise<void> {
    player.influence = await spendInfluenceBundle(manager, player.id, cost);
  }
}
