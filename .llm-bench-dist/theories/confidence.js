"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONFIDENCE_TABLE = exports.CONFIDENCE_LABELS = exports.CONFIDENCES = void 0;
exports.partialReward = partialReward;
exports.wagerPayout = wagerPayout;
/** Confidence levels a theory or expedition can be wagered at, by the key players choose. */
exports.CONFIDENCES = ['suspect', 'certain', 'stake_my_career'];
/** Human label for each confidence level. */
exports.CONFIDENCE_LABELS = {
    suspect: 'suspect',
    certain: 'certain',
    stake_my_career: 'stake my career',
};
/**
 * The confidence wager table. Fixed by the game design: changing it changes the game's balance
 * between bold and timid claims.
 */
exports.CONFIDENCE_TABLE = {
    suspect: { vindicated: 2, refuted: -1 },
    certain: { vindicated: 5, refuted: -7 },
    stake_my_career: { vindicated: 15, refuted: -25 },
};
/** Partial results pay half the reward, rounded down, and never less than 1. */
function partialReward(confidence) {
    return Math.max(1, Math.floor(exports.CONFIDENCE_TABLE[confidence].vindicated / 2));
}
/** Reputation change for the owner of a wager judged with the given outcome. */
function wagerPayout(confidence, outcome) {
    switch (outcome) {
        case 'vindicated':
            return exports.CONFIDENCE_TABLE[confidence].vindicated;
        case 'partial':
            return partialReward(confidence);
        case 'refuted':
            return exports.CONFIDENCE_TABLE[confidence].refuted;
    }
}
//# sourceMappingURL=confidence.js.map