"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NoOpenOfferError = exports.NotTheEmployerError = exports.OfferAlreadyOpenError = exports.NotPoachableError = void 0;
const game_error_1 = require("../common/game-error");
class NotPoachableError extends game_error_1.GameError {
    constructor(name, reason) {
        super('poaching.not_poachable', `scholar ${name} is ${reason}`, reason === 'yours'
            ? `${name} already works for you; there is nobody to poach them from.`
            : `${name} is unaffiliated. Use /recruit to ask them to join you.`);
    }
}
exports.NotPoachableError = NotPoachableError;
class OfferAlreadyOpenError extends game_error_1.GameError {
    constructor(name) {
        super('poaching.offer_open', `an open offer for ${name} exists`, `You already have an open offer for ${name}. It is decided at the next digest at least 24 hours after you made it; see /offers.`);
    }
}
exports.OfferAlreadyOpenError = OfferAlreadyOpenError;
class NotTheEmployerError extends game_error_1.GameError {
    constructor(name) {
        super('poaching.not_employer', `counter for ${name} by a player who does not employ them`, `Only ${name}'s employer can counter offers for them.`);
    }
}
exports.NotTheEmployerError = NotTheEmployerError;
class NoOpenOfferError extends game_error_1.GameError {
    constructor(name) {
        super('poaching.no_open_offer', `no open offer for ${name}`, `Nobody has an open offer for ${name}, so there is nothing to counter.`);
    }
}
exports.NoOpenOfferError = NoOpenOfferError;
//# sourceMappingURL=poaching.errors.js.map