"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CampaignPausedError = exports.CommandOutsideGuildError = exports.CampaignNotFoundError = void 0;
const game_error_1 = require("../common/game-error");
class CampaignNotFoundError extends game_error_1.GameError {
    constructor(guildId) {
        super('campaigns.not_found', `no campaign for guild ${guildId}`, 'This server has no campaign yet. Any player command starts one.');
    }
}
exports.CampaignNotFoundError = CampaignNotFoundError;
class CommandOutsideGuildError extends game_error_1.GameError {
    constructor() {
        super('campaigns.outside_guild', 'command used outside a guild', 'The Great Work is played inside a server. Use this command in one of its channels.');
    }
}
exports.CommandOutsideGuildError = CommandOutsideGuildError;
class CampaignPausedError extends game_error_1.GameError {
    constructor(guildId) {
        super('campaigns.paused', `campaign of guild ${guildId} is paused`, 'The campaign is paused by the server admins, so no new moves are accepted. You can still read /status and /gazette; try again once an admin runs /gw_admin resume.');
    }
}
exports.CampaignPausedError = CampaignPausedError;
//# sourceMappingURL=campaigns.errors.js.map