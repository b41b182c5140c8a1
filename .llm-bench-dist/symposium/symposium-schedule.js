"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.symposiumSlotsBetween = symposiumSlotsBetween;
exports.nextSymposiumSlot = nextSymposiumSlot;
const luxon_1 = require("luxon");
const gazette_schedule_1 = require("../gazette/gazette-schedule");
/** Weekly call instants in (after, until], read in `timeZone`. */
function symposiumSlotsBetween(after, until, config, timeZone) {
    return (0, gazette_schedule_1.scheduledSlotsBetween)(after, until, [config.time], timeZone).filter((slot) => luxon_1.DateTime.fromJSDate(slot, { zone: timeZone }).weekday === config.weekday);
}
/** The first weekly call strictly after `after`. */
function nextSymposiumSlot(after, config, timeZone) {
    // Eight days always contain one weekly slot.
    const horizon = luxon_1.DateTime.fromJSDate(after).plus({ days: 8 }).toJSDate();
    return symposiumSlotsBetween(after, horizon, config, timeZone)[0];
}
//# sourceMappingURL=symposium-schedule.js.map