import { DateTime } from 'luxon';
import type { SymposiumConfig } from '../config/game-config';
import { scheduledSlotsBetween } from '../gazette/gazette-schedule';

/** Weekly call instants in (after, until], read in `timeZone`. */
export function symposiumSlotsBetween(
  after: Date,
  until: Date,
  config: SymposiumConfig,
  timeZone: string,
): Date[] {
  return scheduledSlotsBetween(after, until, [config.time], timeZone).filter(
    (slot) => DateTime.fromJSDate(slot, { zone: timeZone }).weekday === config.weekday,
  );
}

/** The first weekly call strictly after `after`. */
export function nextSymposiumSlot(after: Date, config: SymposiumConfig, timeZone: string): Date {
  // Eight days always contain one weekly slot.
  const horizon = DateTime.fromJSDate(after).plus({ days: 8 }).toJSDate();

  return symposiumSlotsBetween(after, horizon, config, timeZone)[0];
}
