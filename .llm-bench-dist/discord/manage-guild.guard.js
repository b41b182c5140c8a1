"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ManageGuildGuard = exports.ManageServerRequiredError = void 0;
const common_1 = require("@nestjs/common");
const discord_js_1 = require("discord.js");
const necord_1 = require("necord");
const game_error_1 = require("../common/game-error");
class ManageServerRequiredError extends game_error_1.GameError {
    constructor() {
        super('admin.manage_server_required', 'admin command without Manage Server', 'Only members with the Manage Server permission can use /gw_admin. Ask a server admin.');
    }
}
exports.ManageServerRequiredError = ManageServerRequiredError;
/**
 * Checks Manage Server again in the bot: Discord hides the command from other members, but
 * server admins can override command permissions, so the bot does not rely on that alone.
 */
let ManageGuildGuard = class ManageGuildGuard {
    canActivate(context) {
        const [interaction] = necord_1.NecordExecutionContext.create(context).getContext();
        if (!interaction.memberPermissions?.has(discord_js_1.PermissionFlagsBits.ManageGuild)) {
            throw new ManageServerRequiredError();
        }
        return true;
    }
};
exports.ManageGuildGuard = ManageGuildGuard;
exports.ManageGuildGuard = ManageGuildGuard = __decorate([
    (0, common_1.Injectable)()
], ManageGuildGuard);
//# sourceMappingURL=manage-guild.guard.js.map