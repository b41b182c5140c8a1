import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import type { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import { RANDOM, type RandomSource } from '../common/random';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { shiftInfluence } from '../expeditions/player-ledger';
import {
  readStandingSituation,
  standingAdvice,
  standingCosts,
} from '../expeditions/standing-advice';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { RECRUIT_REPUTATION_GATE } from './poaching-rules';
import { MIN_OFFER } from './poaching.service';
import { recruitmentText } from './poaching-press';
import { RecruitGateError, ScholarAlreadyEmployedError } from './recruitment.errors';
import { Scholar } from './scholar.entity';
import { ScholarFeelingsService } from './scholar-feelings.service';
import { ScholarMemoryService } from './scholar-memory.service';
import { FACTIONS, checkFaction, type Faction } from './scholar-profile';
import { recruitmentChance, relationshipTerm } from './scholar-rules';
import { ScholarsService } from './scholars.service';

/** Relationship bonus for a scholar the player has mentored before. */
export const MENTORSHIP_RECRUIT_BONUS = 0.05;
/** Feeling changes of a recruitment attempt (fixed). */
export const RECRUIT_FEELING_ON_SUCCESS = 2;
export const RECRUIT_FEELING_ON_FAILURE = -1;

/** The chance of one recruitment and what it is made of. */
export interface RecruitmentQuote {
  scholar: Scholar;
  faction: Faction;
  chance: number;
  isCooldownActive: boolean;
  influence: number;
  feeling: number;
  relationship: number;
  wasMentored: boolean;
}

export interface RecruitmentResult extends RecruitmentQuote {
  isAccepted: boolean;
  press: PressRelease;
}

/** Recruits unaffiliated scholars with a seeded roll against the recruitment chance. */
@Injectable()
export class RecruitmentService {
  private readonly logger = new Logger(RecruitmentService.name);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly scholars: ScholarsService,
    private readonly feelings: ScholarFeelingsService,
    private readonly memory: ScholarMemoryService,
    private readonly press: PressService,
    private readonly writes: WriteQueue,
    @Inject(RANDOM) private readonly random: RandomSource,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The odds of recruiting the scholar through the faction; changes nothing but registration. */
  async quote(actor: Actor, scholarChoice: string, faction: Faction): Promise<RecruitmentQuote> {
    checkFaction(faction);

    return this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);

      return this.quoteWithin(manager, player, scholar, faction);
    });
  }

  /**
   * Checks the gate and the scholar, rolls against the chance, and applies the result with its
   * press line in one write. The roll's seed is the campaign seed, the scholar, the player and
   * the number of earlier attempts, so a rerun of the same attempt decides the same.
   */
  async recruit(actor: Actor, scholarChoice: string, faction: Faction): Promise<RecruitmentResult> {
    checkFaction(faction);

    const result = await this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      if (player.reputation < RECRUIT_REPUTATION_GATE) {
        const situation = await readStandingSituation(manager, player, this.clock.now());
        throw new RecruitGateError(
          RECRUIT_REPUTATION_GATE,
          player.reputation,
          standingAdvice(situation, standingCosts(this.config.game.expeditions)),
        );
      }
      const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
      const quote = await this.quoteWithin(manager, player, scholar, faction);
      const isAccepted = await this.roll(manager, campaign, player, scholar, quote.chance);
      const applied = await this.applyResult(manager, player, quote, isAccepted);
      await this.campaigns.appendEvent(
        manager,
        campaign.id,
        actor.userId,
        'scholar.recruit_attempted',
        {
          actorName: actor.displayName,
          scholarKey: scholar.key,
          faction,
          isAccepted,
        },
      );

      return applied;
    });

    this.logger.log({
      message: 'recruitment attempted',
      guildId: actor.guildId,
      userId: actor.userId,
      scholarId: result.scholar.id,
      outcome: result.isAccepted ? 'accepted' : 'declined',
    });

    return result;
  }

  private async quoteWithin(
    manager: EntityManager,
    player: Player,
    scholar: Scholar,
    faction: Faction,
  ): Promise<RecruitmentQuote> {
    if (scholar.employerId !== null) {
      throw new ScholarAlreadyEmployedError(
        scholar.name,
        scholar.employerId === player.id,
        FACTIONS.some((candidate) => player.influence[candidate] >= MIN_OFFER),
      );
    }
    const feeling = await this.feelings.towardPlayer(manager, scholar.id, player.id);
    const wasMentored = await this.memory.wasMentoredBy(manager, scholar.id, player.id);
    const mentorshipBonus = wasMentored ? MENTORSHIP_RECRUIT_BONUS : 0;
    const isCooldownActive = player.stakeCooldownDigests > 0;
    const influence = player.influence[faction];

    return {
      scholar,
      faction,
      chance: recruitmentChance({ isCooldownActive, influence, feeling, mentorshipBonus }),
      isCooldownActive,
      influence,
      feeling,
      relationship: relationshipTerm(feeling, mentorshipBonus),
      wasMentored,
    };
  }

  private async roll(
    manager: EntityManager,
    campaign: Campaign,
    player: Player,
    scholar: Scholar,
    chance: number,
  ): Promise<boolean> {
    const attempt = await this.memory.countFacts(
      manager,
      scholar.id,
      ['recruited', 'recruitment_declined'],
      player.id,
    );
    const stream = this.random.stream(
      `${campaign.seed}:recruit:${scholar.key}:${player.userId}:${attempt}`,
    );

    return stream.float() < chance;
  }

  private async applyResult(
    manager: EntityManager,
    player: Player,
    quote: RecruitmentQuote,
    isAccepted: boolean,
  ): Promise<RecruitmentResult> {
    const { scholar, faction } = quote;
    if (isAccepted) {
      scholar.employerId = player.id;
      await manager.update(Scholar, scholar.id, { employerId: player.id });
      await this.feelings.adjust(manager, scholar.id, player.id, RECRUIT_FEELING_ON_SUCCESS);
      await shiftInfluence(manager, player.id, { [faction]: 1 });
    } else {
      await this.feelings.adjust(manager, scholar.id, player.id, RECRUIT_FEELING_ON_FAILURE);
    }
    await this.memory.recordFact(
      manager,
      scholar,
      isAccepted ? 'recruited' : 'recruitment_declined',
      {
        playerId: player.id,
        faction,
        chance: quote.chance,
      },
    );
    const press = await this.press.publish(
      manager,
      scholar.campaignId,
      'academic_gossip',
      recruitmentText({
        playerName: player.displayName,
        scholarName: scholar.name,
        faction,
        chance: quote.chance,
        isAccepted,
      }),
    );

    return { ...quote, isAccepted, press };
  }
}
