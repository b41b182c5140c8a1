"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_LOYALTY = exports.OFFER_DECISION_HOURS = exports.RECRUIT_REPUTATION_GATE = void 0;
exports.offerQuality = offerQuality;
exports.mistreatment = mistreatment;
exports.alignment = alignment;
exports.careerPlateau = careerPlateau;
exports.defectionScarLevel = defectionScarLevel;
exports.bestOffer = bestOffer;
const scholar_rules_1 = require("./scholar-rules");
/**
 * Pure inputs of the defection formula in `scholar-rules.ts`: each turns game state into one
 * factor within the range the formula expects.
 */
/** Reputation a player needs to recruit (fixed). */
exports.RECRUIT_REPUTATION_GATE = -10;
/** Hours between an offer and the first digest that may decide it (fixed). */
exports.OFFER_DECISION_HOURS = 24;
/** Loyalty stat ceiling. */
exports.MAX_LOYALTY = 10;
/**
 * How good the best offer looks beside the employer's counter, 0–1:
 * `offer / (offer + counter + 2)`. The 2 stands for the plain comfort of staying put, so even an
 * uncontested offer of 1 is only a third of the way to irresistible.
 */
function offerQuality(offer, counter) {
    if (offer <= 0) {
        return 0;
    }
    return offer / (offer + Math.max(0, counter) + 2);
}
/** Mistreatment from the scholar's feeling toward the employer: −10 or worse is 1, 0 or warmer 0. */
function mistreatment(feelingTowardEmployer) {
    return Math.min(1, Math.max(0, -feelingTowardEmployer / 10));
}
/** Alignment with the offer's faction: politics −3..+3 map to −0.3..+0.3. */
function alignment(politics, faction) {
    return Math.min(0.3, Math.max(-0.3, (politics[faction] ?? 0) / 10));
}
/**
 * Career stagnation, 0–0.4. A mentored scholar sees a future (0). An unmentored junior grows
 * restless with each neglected digest up to 0.4 after three. An established scholar without a
 * mentor sits at 0.1: comfortable, but not climbing.
 */
function careerPlateau(scholar) {
    if (scholar.mentorId !== null) {
        return 0;
    }
    if (scholar.careerRung !== null) {
        return 0.4 * Math.min(1, scholar.digestsWithoutMentorship / scholar_rules_1.DIGESTS_PER_RUNG);
    }
    return 0.1;
}
/** Scar a defector leaves on its feeling toward the employer it left (fixed at 2 below neutral). */
function defectionScarLevel(feelingTowardOldEmployer) {
    return Math.min(0, feelingTowardOldEmployer) - 2;
}
/**
 * Picks the best of several offers for one scholar: the largest amount, and on a tie the oldest
 * offer, then the lowest id, so the choice never depends on row order.
 */
function bestOffer(offers) {
    let best = null;
    for (const offer of offers) {
        if (best === null ||
            offer.amount > best.amount ||
            (offer.amount === best.amount &&
                (offer.createdAt.getTime() < best.createdAt.getTime() ||
                    (offer.createdAt.getTime() === best.createdAt.getTime() && offer.id < best.id)))) {
            best = offer;
        }
    }
    return best;
}
//# sourceMappingURL=poaching-rules.js.map