"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scheduledSlotsBetween = scheduledSlotsBetween;
exports.nextScheduledSlot = nextScheduledSlot;
exports.yearAt = yearAt;
exports.formatEditionLabel = formatEditionLabel;
const luxon_1 = require("luxon");
/**
 * Returns the digest instants in (after, until], in order, for `HH:MM` times read in `timeZone`.
 *
 * Daylight saving time: a local time that does not exist on a spring-forward day moves forward by
 * the gap (02:30 becomes 03:30), so no edition is skipped. A local time that occurs twice on a
 * fall-back day is one slot, at its first occurrence.
 */
function scheduledSlotsBetween(after, until, times, timeZone) {
    if (until.getTime() <= after.getTime()) {
        return [];
    }
    const slots = new Set();
    let day = luxon_1.DateTime.fromJSDate(after, { zone: timeZone }).startOf('day');
    const lastDay = luxon_1.DateTime.fromJSDate(until, { zone: timeZone }).startOf('day');
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
/** Returns the first digest instant strictly after `after`. */
function nextScheduledSlot(after, times, timeZone) {
    // Two days always contain a slot when at least one time is configured.
    const horizon = luxon_1.DateTime.fromJSDate(after).plus({ days: 2 }).toJSDate();
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
function yearAt(startedAt, at, startYear, timeZone) {
    const startDay = luxon_1.DateTime.fromJSDate(startedAt, { zone: timeZone }).startOf('day');
    const day = luxon_1.DateTime.fromJSDate(at, { zone: timeZone }).startOf('day');
    const days = Math.round(day.diff(startDay, 'days').days);
    return startYear + Math.max(0, days);
}
/** Formats an instant as a local date and time for press, such as "Fri 4 Dec 1920, 13:00 UTC". */
function formatEditionLabel(at, year, timeZone) {
    const local = luxon_1.DateTime.fromJSDate(at, { zone: timeZone });
    return `${local.toFormat('ccc d LLL')} ${year}, ${local.toFormat('HH:mm ZZZZ')}`;
}
function localTimeOn(day, time) {
    const [hour, minute] = time.split(':').map(Number);
    return day.set({ hour, minute, second: 0, millisecond: 0 });
}
//# sourceMappingURL=gazette-schedule.js.map