"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NotAJuniorError = exports.NotYourScholarError = void 0;
const game_error_1 = require("../common/game-error");
class NotYourScholarError extends game_error_1.GameError {
    constructor(name) {
        super('mentorship.not_your_scholar', `scholar ${name} is not employed by the player`, `${name} does not work for you. You can mentor and place only your own scholars; recruit them first.`);
    }
}
exports.NotYourScholarError = NotYourScholarError;
class NotAJuniorError extends game_error_1.GameError {
    constructor(name) {
        super('mentorship.not_junior', `scholar ${name} has no career ladder`, `${name} is an established scholar with no junior career ladder to place on a lab track. Lab tracks are for juniors who emerged from your expeditions.`);
    }
}
exports.NotAJuniorError = NotAJuniorError;
//# sourceMappingURL=mentorship.errors.js.map