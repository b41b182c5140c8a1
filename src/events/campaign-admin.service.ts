import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import Joi from 'joi';
import { IANAZone } from 'luxon';
import type { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignNotFoundError } from '../campaigns/campaigns.errors';
import { applyInfluenceGain, clampReputation } from '../campaigns/influence';
import { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import { validateInput } from '../common/validate-input';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { Edition } from '../gazette/edition.entity';
import { scheduledSlotsBetween } from '../gazette/gazette-schedule';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import { CampaignPausedForAdminError, PlayerNotInCampaignError } from './campaign-admin.errors';
import { EventsService } from './events.service';

/** Target of an adjustment: reputation, or one faction's influence. */
export type AdjustTarget = 'reputation' | Faction;

export interface AdjustInput {
  target: AdjustTarget;
  amount: number;
  reason: string;
}

/** The result of an adjustment, for the reply. */
export interface Adjustment {
  player: Player;
  target: AdjustTarget;
  before: number;
  after: number;
  note: PressRelease;
}

const adjustSchema = Joi.object<AdjustInput>({
  target: Joi.string()
    .valid('reputation', ...FACTIONS)
    .required()
    .messages({ 'any.only': `Adjust reputation or one of: ${FACTIONS.join(', ')}.` }),
  amount: Joi.number().integer().min(-100).max(100).invalid(0).required().messages({
    'any.invalid': 'An adjustment of 0 changes nothing; give a positive or negative amount.',
    'number.min': 'An adjustment is between −100 and +100.',
    'number.max': 'An adjustment is between −100 and +100.',
  }),
  reason: Joi.string().trim().min(5).max(300).required().messages({
    'string.empty': 'Give a public reason for the adjustment.',
    'any.required': 'Give a public reason for the adjustment.',
    'string.min': 'A reason needs at least 5 characters.',
    'string.max': 'A reason may have at most 300 characters.',
  }),
});

const timeZoneSchema = Joi.object<{ timeZone: string }>({
  timeZone: Joi.string()
    .trim()
    .required()
    .custom((value: string, helpers) =>
      IANAZone.isValidZone(value)
        ? value
        : helpers.message({
            custom: `"${value}" is not an IANA time zone. Use a name such as UTC, Europe/Paris or America/Chicago.`,
          }),
    ),
});

/**
 * Admin actions on a campaign: pause, resume, the time zone and adjustments. Each one appends an
 * event and is announced as a Gazette Note.
 */
@Injectable()
export class CampaignAdminService {
  private readonly logger = new Logger(CampaignAdminService.name);

  constructor(
    @InjectRepository(Edition) private readonly editions: Repository<Edition>,
    private readonly press: PressService,
    private readonly events: EventsService,
    private readonly writes: WriteQueue,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Pauses or resumes the campaign. Returns false when it was already in that state. */
  setPaused(actor: Actor, paused: boolean): Promise<boolean> {
    return this.writes.run(async (manager) => {
      const campaign = await this.findCampaignOrFail(manager, actor.guildId);
      if (campaign.paused === paused) {
        return false;
      }
      await manager.update(Campaign, campaign.id, { paused });
      const held = paused ? 0 : await this.countHeldDigests(campaign);
      await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline: paused
          ? 'Gazette Note: the Academy goes into recess'
          : 'Gazette Note: the Academy reconvenes',
        body: paused
          ? 'By order of the Board the halls are closed. No new work is accepted until the recess ends.'
          : `The recess is over. ${held} edition(s) held during the recess follow now.`,
      });
      await this.events.append(
        manager,
        campaign.id,
        actor.userId,
        paused ? 'campaign.paused' : 'campaign.resumed',
        paused ? {} : { heldEditions: held },
      );
      this.logger.log({
        message: paused ? 'campaign paused' : 'campaign resumed',
        guildId: actor.guildId,
      });

      return true;
    });
  }

  /** Sets the campaign's IANA time zone, in which digest and symposium times are read. */
  setTimeZone(actor: Actor, rawTimeZone: string): Promise<Campaign> {
    const { timeZone } = validateInput(timeZoneSchema, { timeZone: rawTimeZone });

    return this.writes.run(async (manager) => {
      const campaign = await this.findCampaignOrFail(manager, actor.guildId);
      const previous = campaign.timeZone;
      await manager.update(Campaign, campaign.id, { timeZone });
      campaign.timeZone = timeZone;
      await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline: 'Gazette Note: the Academy resets its clocks',
        body: `From now on the Gazette and the symposium keep the hours of ${timeZone} (formerly ${previous}).`,
      });
      await this.events.append(manager, campaign.id, actor.userId, 'campaign.schedule_set', {
        timeZone,
        previous,
      });

      return campaign;
    });
  }

  /** Changes a player's reputation or one faction's influence, with a public reason. */
  adjust(actor: Actor, targetUserId: string, rawInput: Partial<AdjustInput>): Promise<Adjustment> {
    const input = validateInput(adjustSchema, rawInput);

    return this.writes.run(async (manager) => {
      const campaign = await this.findCampaignOrFail(manager, actor.guildId);
      const player = await manager.findOneBy(Player, {
        campaignId: campaign.id,
        userId: targetUserId,
      });
      if (!player) {
        throw new PlayerNotInCampaignError(targetUserId);
      }

      const { before, after } = this.applyAdjustment(player, input);
      await manager.save(player);
      const what = input.target === 'reputation' ? 'reputation' : `${input.target} influence`;
      const note = await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline: `Gazette Note: the Board revises the standing of ${player.displayName}`,
        body: `${player.displayName}'s ${what} moves from ${before} to ${after} by order of the Board. Reason given: “${input.reason}”`,
      });
      await this.events.append(manager, campaign.id, actor.userId, 'admin.adjusted', {
        playerId: player.id,
        userId: player.userId,
        target: input.target,
        amount: input.amount,
        before,
        after,
        reason: input.reason,
        pressNumber: note.number,
      });

      return { player, target: input.target, before, after, note };
    });
  }

  /** Records an admin's request for an extra digest; rejects it while the campaign is paused. */
  recordDigestNow(actor: Actor): Promise<void> {
    return this.writes.run(async (manager) => {
      const campaign = await this.findCampaignOrFail(manager, actor.guildId);
      if (campaign.paused) {
        throw new CampaignPausedForAdminError();
      }
      await this.events.append(manager, campaign.id, actor.userId, 'admin.digest_now', {});
    });
  }

  /**
   * Applies an adjustment in place. A gain of influence obeys the soft cap like any other gain;
   * a loss stops at zero.
   */
  private applyAdjustment(player: Player, input: AdjustInput): { before: number; after: number } {
    if (input.target === 'reputation') {
      const before = player.reputation;
      player.reputation = clampReputation(before + input.amount);
      return { before, after: player.reputation };
    }
    const before = player.influence[input.target];
    const after =
      input.amount > 0
        ? applyInfluenceGain(before, input.amount, player.reputation)
        : Math.max(0, before + input.amount);
    player.influence[input.target] = after;

    return { before, after };
  }

  private async countHeldDigests(campaign: Campaign): Promise<number> {
    const last = await this.editions.findOne({
      where: { campaignId: campaign.id, kind: 'scheduled' },
      order: { slotAt: 'DESC' },
    });

    return scheduledSlotsBetween(
      last?.slotAt ?? campaign.createdAt,
      this.clock.now(),
      this.config.schedule.gazetteTimes,
      campaign.timeZone,
    ).length;
  }

  private async findCampaignOrFail(manager: EntityManager, guildId: string): Promise<Campaign> {
    const campaign = await manager.findOneBy(Campaign, { guildId });
    if (!campaign) {
      throw new CampaignNotFoundError(guildId);
    }

    return campaign;
  }
}
