"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CampaignPausedForAdminError = exports.PlayerNotInCampaignError = void 0;
const game_error_1 = require("../common/game-error");
class PlayerNotInCampaignError extends game_error_1.GameError {
    constructor(userId) {
        super('admin.player_not_found', `user ${userId} has no player in this campaign`, 'That member has not joined the campaign yet. They join with their first command, such as /status.');
    }
}
exports.PlayerNotInCampaignError = PlayerNotInCampaignError;
class CampaignPausedForAdminError extends game_error_1.GameError {
    constructor() {
        super('admin.campaign_paused', 'digest requested while paused', 'The campaign is paused, so no edition is published. Run /gw_admin resume first.');
    }
}
exports.CampaignPausedForAdminError = CampaignPausedForAdminError;
//# sourceMappingURL=campaign-admin.errors.js.map