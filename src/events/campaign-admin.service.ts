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
import { quoteForError, rejectValue, validateInput, visibleText } from '../common/validate-input';
import { AppConfig, parseGazetteTimes } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { Edition } from '../gazette/edition.entity';
import { digestTimesOf, dueSlots } from '../gazette/gazette-schedule';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { quotePlayerText } from '../narration/template-text';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import {
  AdjustmentChangesNothingError,
  type AdjustmentBound,
  CampaignPausedForAdminError,
  PlayerNotInCampaignError,
  ScheduleChangeWhileDueError,
} from './campaign-admin.errors';
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

const AMOUNT_RANGE_MESSAGE = 'An adjustment is a whole number between −100 and +100.';

const adjustSchema = Joi.object<AdjustInput>({
  target: Joi.string()
    .valid('reputation', ...FACTIONS)
    .required()
    .messages({
      'any.only': `Adjust reputation or one of: ${FACTIONS.join(', ')}.`,
      'any.required': `Choose a target: reputation or one of ${FACTIONS.join(', ')}.`,
    }),
  amount: Joi.number().integer().min(-100).max(100).invalid(0).required().messages({
    'any.invalid': 'An adjustment of 0 changes nothing; give a positive or negative amount.',
    'any.required': 'Give an amount between −100 and +100.',
    'number.base': AMOUNT_RANGE_MESSAGE,
    'number.integer': AMOUNT_RANGE_MESSAGE,
    'number.unsafe': AMOUNT_RANGE_MESSAGE,
    'number.infinity': AMOUNT_RANGE_MESSAGE,
    'number.min': AMOUNT_RANGE_MESSAGE,
    'number.max': AMOUNT_RANGE_MESSAGE,
  }),
  reason: visibleText().min(5).max(300).required().messages({
    'string.empty': 'Give a public reason for the adjustment.',
    'any.required': 'Give a public reason for the adjustment.',
    'string.min': 'A reason needs at least 5 visible characters.',
    'string.max': 'A reason may have at most 300 characters.',
  }),
});

/** A schedule change as typed by an admin; either part may be left out. */
export interface ScheduleInput {
  timeZone?: string;
  /** `HH:MM` times separated by commas, or `default` for the operator's times. */
  digestTimes?: string;
}

/** The campaign's schedule after a change, for the reply. */
export interface ScheduleChange {
  campaign: Campaign;
  /** The times now in force, the campaign's own or the operator's. */
  digestTimes: readonly string[];
}

/** Maximum number of digests a campaign may hold per day. */
const MAX_DIGESTS_PER_DAY = 4;
const DIGEST_TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;

const TIME_ZONE_HINT = 'Use a name such as UTC, Europe/Paris or America/Chicago.';
const DIGEST_TIMES_HINT =
  'Give 24-hour times separated by commas, such as 08:00, 20:00, or `default`.';

const scheduleSchema = Joi.object<ScheduleInput>({
  timeZone: Joi.string()
    .trim()
    .custom((value: string, helpers) => {
      const canonical = canonicalTimeZone(value);
      if (canonical === null) {
        return rejectValue(
          helpers,
          `"${quotePlayerText(quoteForError(value))}" is not an IANA time zone. ${TIME_ZONE_HINT}`,
        );
      }

      return canonical;
    })
    .messages({
      'string.base': `The time_zone option must be a time zone name. ${TIME_ZONE_HINT}`,
      'string.empty': `The time_zone option cannot be blank. ${TIME_ZONE_HINT}`,
    }),
  digestTimes: Joi.string()
    .trim()
    .custom((value: string, helpers) => {
      if (value.toLowerCase() === 'default') {
        return 'default';
      }
      const times = value.split(',').map((time) => time.trim());
      const invalid = times.find((time) => !DIGEST_TIME_PATTERN.test(time));
      if (invalid !== undefined) {
        return rejectValue(
          helpers,
          `"${quotePlayerText(quoteForError(invalid))}" is not a time. ${DIGEST_TIMES_HINT}`,
        );
      }
      const distinct = parseGazetteTimes(times.map((time) => time.padStart(5, '0')).join(','));
      if (distinct.length > MAX_DIGESTS_PER_DAY) {
        return rejectValue(
          helpers,
          `A campaign holds at most ${MAX_DIGESTS_PER_DAY} digests a day; you gave ${distinct.length} times.`,
        );
      }

      return distinct.join(',');
    })
    .messages({
      'string.base': `The digest_times option must be a list of times. ${DIGEST_TIMES_HINT}`,
      'string.empty': `The digest_times option cannot be blank. ${DIGEST_TIMES_HINT}`,
    }),
})
  .or('timeZone', 'digestTimes')
  .messages({ 'object.missing': 'Give a time zone, digest times, or both.' });

/**
 * Returns the IANA name of a time zone in its canonical spelling (`europe/paris` becomes
 * `Europe/Paris`), or null when no such zone exists. A name that the runtime resolves to another
 * zone, such as `EST` to `America/Panama`, keeps the admin's spelling.
 */
export function canonicalTimeZone(name: string): string | null {
  if (!IANAZone.isValidZone(name)) {
    return null;
  }
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;

  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/**
 * Admin actions on a campaign: pause, resume, the schedule and adjustments. Each one appends an
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
          : held === 0
            ? 'The recess is over. No edition fell due while the halls were closed.'
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

  /**
   * Sets the campaign's IANA time zone, its digest times, or both. Rejected while an edition is
   * due, so no held or overdue edition is lost to the new schedule. Slots of the new schedule
   * that already passed today are not due.
   */
  setSchedule(actor: Actor, rawInput: ScheduleInput): Promise<ScheduleChange> {
    const input = validateInput(scheduleSchema, rawInput);
    const defaults = this.config.schedule.gazetteTimes;

    return this.writes.run(async (manager) => {
      const campaign = await this.findCampaignOrFail(manager, actor.guildId);
      const due = await this.countHeldDigests(campaign);
      if (due > 0) {
        throw new ScheduleChangeWhileDueError(due, campaign.paused);
      }
      const previousZone = campaign.timeZone;
      const previousTimes = digestTimesOf(campaign, defaults);
      const timeZone = input.timeZone ?? campaign.timeZone;
      const ownTimes = ownDigestTimes(input.digestTimes, campaign.digestTimes);
      const scheduleChangedAt = this.clock.now();
      await manager.update(Campaign, campaign.id, {
        timeZone,
        digestTimes: ownTimes,
        scheduleChangedAt,
      });
      Object.assign(campaign, { timeZone, digestTimes: ownTimes, scheduleChangedAt });
      const digestTimes = digestTimesOf(campaign, defaults);
      await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline: 'Gazette Note: the Academy resets its clocks',
        body: `From now on the Gazette goes to press at ${listTimes(digestTimes)}, and the symposium keeps the hours of ${timeZone} (formerly ${listTimes(previousTimes)}, ${previousZone}).`,
      });
      await this.events.append(manager, campaign.id, actor.userId, 'campaign.schedule_set', {
        timeZone,
        previous: previousZone,
        digestTimes: ownTimes,
        previousDigestTimes: previousTimes,
      });
      this.logger.log({
        message: 'campaign schedule changed',
        guildId: actor.guildId,
        timeZone,
        digestTimes,
      });

      return { campaign, digestTimes };
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

      const name = quotePlayerText(player.displayName);
      const what = input.target === 'reputation' ? 'reputation' : `${input.target} influence`;
      const { before, after } = this.applyAdjustment(player, input);
      if (after === before) {
        throw new AdjustmentChangesNothingError(name, what, before, boundOf(input));
      }
      await manager.save(player);
      const note = await this.press.publish(manager, campaign.id, 'gazette_note', {
        headline: `Gazette Note: the Board revises the standing of ${name}`,
        body: `${name}'s ${what} moves from ${before} to ${after} by order of the Board. Reason given: “${quotePlayerText(input.reason)}”`,
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

    return dueSlots(campaign, last?.slotAt, this.clock.now(), this.config.schedule.gazetteTimes)
      .length;
  }

  private async findCampaignOrFail(manager: EntityManager, guildId: string): Promise<Campaign> {
    const campaign = await manager.findOneBy(Campaign, { guildId });
    if (!campaign) {
      throw new CampaignNotFoundError(guildId);
    }

    return campaign;
  }
}

/** Names the limit that leaves a value unchanged by `input`'s adjustment. */
function boundOf(input: AdjustInput): AdjustmentBound {
  if (input.target === 'reputation') {
    return input.amount < 0 ? 'lowest' : 'highest';
  }

  return input.amount < 0 ? 'zero' : 'cap';
}

/**
 * Returns the campaign's own digest times after a change: unchanged when none were given, null
 * (the operator's defaults) for `default`, else the validated comma-separated times.
 */
function ownDigestTimes(given: string | undefined, current: string[] | null): string[] | null {
  if (given === undefined) {
    return current;
  }
  if (given === 'default') {
    return null;
  }

  return given.split(',');
}

/** `13:00 and 21:00`, or `08:00, 14:00 and 20:00`. */
export function listTimes(times: readonly string[]): string {
  return times.length === 1
    ? times[0]
    : `${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}`;
}
