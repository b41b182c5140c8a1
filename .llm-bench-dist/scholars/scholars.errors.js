"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScholarNotFoundError = void 0;
const game_error_1 = require("../common/game-error");
class ScholarNotFoundError extends game_error_1.GameError {
    constructor(query) {
        super('scholars.not_found', `no scholar matches ${JSON.stringify(query)}`, `No scholar in this campaign is called "${query.slice(0, 100)}". Pick a name from the suggestions as you type.`);
    }
}
exports.ScholarNotFoundError = ScholarNotFoundError;
//# sourceMappingURL=scholars.errors.js.map