import { DateTime } from 'luxon';

/**
 * Returns the digest instants in (after, until], in order, for `HH:MM` times read in `timeZone`.
 *
 * Daylight saving time: a local time that does not exist on a spring-forward day moves forward by
 * the gap (02:30 becomes 03:30), so no edition is skipped. A local time that occurs twice on a
 * fall-back day is one slot, at its first occurrence.
 */
export function scheduledSlotsBetween(
  after: Date,
  until: Date,
  times: readonly string[],
  timeZone: string,
): Date[] {
  if (until.getTime() <= after.getTime()) {
    return [];
  }
  const slots = new Set<number>();
  let day = DateTime.fromJSDate(after, { zone: timeZone }).startOf('day');
  const lastDay = DateTime.fromJSDate(until, { zone: timeZone }).startOf('day');

  while (day <= lastDay) {
    for (const time of times) {
      const instant = localTimeOn(day, time).toMillis();
      if (instant > after.getTime() && instant <= until.getTime()) {
        slots.add(instant);
      }
    }
    day = day.plus({ days: 1 });
  }

  return [...slots].sort((a, b) => a - b).map((instant) => new Date(instant));
}

/** The part of a campaign that decides when its scheduled editions fall due. */
export interface CampaignSchedule {
  timeZone: string;
  /** The campaign's own `HH:MM` times, or null to follow the operator's defaults. */
  digestTimes: readonly string[] | null;
  /** When an admin last changed the schedule, or null if never. */
  scheduleChangedAt: Date | null;
  createdAt: Date;
}

/** Returns the campaign's digest times: its own, or the operator's defaults. */
export function digestTimesOf(
  campaign: CampaignSchedule,
  defaults: readonly string[],
): readonly string[] {
  return campaign.digestTimes ?? defaults;
}

/**
 * Returns the campaign's scheduled slots in (last scheduled edition, now]. Counting starts at the
 * campaign's creation when it has no edition yet. It never starts before the last schedule
 * change, so a new time that already passed today does not publish at once.
 */
export function dueSlots(
  campaign: CampaignSchedule,
  lastSlotAt: Date | undefined,
  now: Date,
  defaults: readonly string[],
): Date[] {
  const start = lastSlotAt ?? campaign.createdAt;
  const changed = campaign.scheduleChangedAt;
  const since = changed && changed.getTime() > start.getTime() ? changed : start;

  return scheduledSlotsBetween(since, now, digestTimesOf(campaign, defaults), campaign.timeZone);
}

/** Returns the first digest instant strictly after `after`. */
export function nextScheduledSlot(after: Date, times: readonly string[], timeZone: string): Date {
  // Two days always contain a slot when at least one time is configured.
  const horizon = DateTime.fromJSDate(after).plus({ days: 2 }).toJSDate();
  const [next] = scheduledSlotsBetween(after, horizon, times, timeZone);
  if (!next) {
    throw new RangeError('no digest times are configured');
  }

  return next;
}

/**
 * Returns the in-game year at an instant: one real day is one year, counted in whole local
 * calendar days from the campaign's start.
 */
export function yearAt(startedAt: Date, at: Date, startYear: number, timeZone: string): number {
  const startDay = DateTime.fromJSDate(startedAt, { zone: timeZone }).startOf('day');
  const day = DateTime.fromJSDate(at, { zone: timeZone }).startOf('day');
  const days = Math.round(day.diff(startDay, 'days').days);

  return startYear + Math.max(0, days);
}

/**
 * Formats an instant as a local date and time for press, such as "4 Dec 1920, 13:00 UTC". The
 * weekday is left out because the real one would not match the in-game year.
 */
export function formatEditionLabel(at: Date, year: number, timeZone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timeZone });

  return `${local.toFormat('d LLL')} ${year}, ${local.toFormat('HH:mm ZZZZ')}`;
}

function localTimeOn(day: DateTime, time: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);

  return day.set({ hour, minute, second: 0, millisecond: 0 });
}
