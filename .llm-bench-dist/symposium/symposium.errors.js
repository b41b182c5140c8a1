"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoOpenSymposiumError = exports.ProposalQueueFullError = exports.TooManyProposalsError = void 0;
const game_error_1 = require("../common/game-error");
class TooManyProposalsError extends game_error_1.GameError {
    constructor(pending, max) {
        super('symposium.too_many_proposals', `player has ${pending} pending proposals`, `You already have ${pending} proposals waiting (at most ${max}). Wait for one to be chosen or to expire.`);
    }
}
exports.TooManyProposalsError = TooManyProposalsError;
class ProposalQueueFullError extends game_error_1.GameError {
    constructor(max) {
        super('symposium.queue_full', 'campaign has the maximum number of pending proposals', `The symposium already has ${max} proposals waiting. Try again after the next weekly call.`);
    }
}
exports.ProposalQueueFullError = ProposalQueueFullError;
class NoOpenSymposiumError extends game_error_1.GameError {
    constructor() {
        super('symposium.none_open', 'no open symposium', 'No symposium is open for votes yet. The next topic is called at the weekly symposium; see /symposium_status.');
    }
}
exports.NoOpenSymposiumError = NoOpenSymposiumError;
//# sourceMappingURL=symposium.errors.js.map