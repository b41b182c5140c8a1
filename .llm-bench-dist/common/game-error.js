"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InvalidOptionError = exports.GameError = void 0;
/**
 * An expected failure of a player's request: a rule refused it or an option was invalid.
 * Services throw these; the Discord exception filter turns them into ephemeral replies.
 */
class GameError extends Error {
    code;
    playerMessage;
    /**
     * @param code stable machine-readable code, prefixed with its module (`theories.unknown_scholar`)
     * @param message developer message for logs
     * @param playerMessage short second-person text shown to the player, saying what to do next
     */
    constructor(code, message, playerMessage) {
        super(message);
        this.code = code;
        this.playerMessage = playerMessage;
        this.name = new.target.name;
    }
}
exports.GameError = GameError;
/** An option failed validation before any rule ran. */
class InvalidOptionError extends GameError {
    constructor(option, playerMessage) {
        super('common.invalid_option', `invalid option ${option}`, playerMessage);
    }
}
exports.InvalidOptionError = InvalidOptionError;
//# sourceMappingURL=game-error.js.map