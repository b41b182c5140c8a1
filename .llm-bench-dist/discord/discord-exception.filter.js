"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var DiscordExceptionFilter_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.DiscordExceptionFilter = void 0;
const common_1 = require("@nestjs/common");
const discord_js_1 = require("discord.js");
const necord_1 = require("necord");
const game_error_1 = require("../common/game-error");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const interaction_reply_1 = require("./interaction-reply");
/**
 * Turns errors from command handlers into ephemeral replies: a `GameError` shows its player
 * message; anything else is logged once with a correlation id, which the player sees in a short
 * apology so an admin can find the log line.
 */
let DiscordExceptionFilter = DiscordExceptionFilter_1 = class DiscordExceptionFilter {
    logger = new common_1.Logger(DiscordExceptionFilter_1.name);
    async catch(exception, host) {
        const [interaction] = necord_1.NecordArgumentsHost.create(host).getContext();
        const message = this.describe(exception, interaction);
        if (!(interaction instanceof discord_js_1.ChatInputCommandInteraction)) {
            return;
        }
        try {
            await (0, interaction_reply_1.sendReply)(interaction, { content: message }, true);
        }
        catch (replyError) {
            this.logger.warn({
                message: 'error reply failed',
                command: interaction.commandName,
                guildId: interaction.guildId,
                correlationId: (0, command_metrics_interceptor_1.correlationIdOf)(interaction),
                error: replyError.message,
            });
        }
    }
    describe(exception, interaction) {
        const command = interaction.isChatInputCommand() ? interaction.commandName : 'interaction';
        const correlationId = (0, command_metrics_interceptor_1.correlationIdOf)(interaction);
        if (exception instanceof game_error_1.GameError) {
            this.logger.debug({
                message: 'command rejected',
                command,
                guildId: interaction.guildId,
                correlationId,
                code: exception.code,
            });
            return exception.playerMessage;
        }
        this.logger.error({
            message: 'command failed',
            command,
            correlationId,
            guildId: interaction.guildId,
            error: exception instanceof Error ? exception.stack : String(exception),
        });
        return `Something went wrong on our side, and nothing was changed. If it happens again, give an admin this reference: ${correlationId}.`;
    }
};
exports.DiscordExceptionFilter = DiscordExceptionFilter;
exports.DiscordExceptionFilter = DiscordExceptionFilter = DiscordExceptionFilter_1 = __decorate([
    (0, common_1.Catch)()
], DiscordExceptionFilter);
//# sourceMappingURL=discord-exception.filter.js.map