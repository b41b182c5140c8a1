"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DuplicateSupporterError = void 0;
const game_error_1 = require("../common/game-error");
class DuplicateSupporterError extends game_error_1.GameError {
    constructor(name) {
        super('theories.duplicate_supporter', `supporter ${name} named twice`, `You named ${name} more than once. Each supporting scholar counts once; pick different scholars.`);
    }
}
exports.DuplicateSupporterError = DuplicateSupporterError;
//# sourceMappingURL=theories.errors.js.map