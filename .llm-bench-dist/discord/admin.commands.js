"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var AdminCommands_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AdminCommands = exports.ScheduleOptions = exports.AdjustOptions = exports.SetupOptions = void 0;
const common_1 = require("@nestjs/common");
const discord_js_1 = require("discord.js");
const necord_1 = require("necord");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const campaign_admin_service_1 = require("../events/campaign-admin.service");
const gazette_delivery_service_1 = require("../gazette/gazette-delivery.service");
const gazette_service_1 = require("../gazette/gazette.service");
const actor_from_1 = require("./actor-from");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const discord_exception_filter_1 = require("./discord-exception.filter");
const interaction_reply_1 = require("./interaction-reply");
const scholar_profile_1 = require("../scholars/scholar-profile");
const manage_guild_guard_1 = require("./manage-guild.guard");
/** Channel names used when an admin runs setup without choosing channels. */
const DEFAULT_CHANNEL_NAMES = { gazette: 'gazette', tableTalk: 'table-talk', admin: 'admin' };
const AdminCommand = (0, necord_1.createCommandGroupDecorator)({
    name: 'gw_admin',
    description: 'Run the campaign (needs Manage Server)',
    defaultMemberPermissions: discord_js_1.PermissionFlagsBits.ManageGuild,
    dmPermission: false,
});
class SetupOptions {
    gazette;
    table_talk;
    admin;
}
exports.SetupOptions = SetupOptions;
__decorate([
    (0, necord_1.ChannelOption)({
        name: 'gazette',
        description: 'Where the Gazette is posted (default: #gazette)',
        channel_types: [discord_js_1.ChannelType.GuildText, discord_js_1.ChannelType.GuildAnnouncement],
    }),
    __metadata("design:type", Object)
], SetupOptions.prototype, "gazette", void 0);
__decorate([
    (0, necord_1.ChannelOption)({
        name: 'table_talk',
        description: 'Where scholars gossip (default: #table-talk)',
        channel_types: [discord_js_1.ChannelType.GuildText],
    }),
    __metadata("design:type", Object)
], SetupOptions.prototype, "table_talk", void 0);
__decorate([
    (0, necord_1.ChannelOption)({
        name: 'admin',
        description: 'Where admin notices go (default: #admin)',
        channel_types: [discord_js_1.ChannelType.GuildText],
    }),
    __metadata("design:type", Object)
], SetupOptions.prototype, "admin", void 0);
class AdjustOptions {
    player;
    target;
    amount;
    reason;
}
exports.AdjustOptions = AdjustOptions;
__decorate([
    (0, necord_1.UserOption)({ name: 'player', description: 'The player to adjust', required: true }),
    __metadata("design:type", Function)
], AdjustOptions.prototype, "player", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'target',
        description: 'Reputation, or the faction whose influence changes',
        required: true,
        choices: ['reputation', ...scholar_profile_1.FACTIONS].map((value) => ({ name: value, value })),
    }),
    __metadata("design:type", String)
], AdjustOptions.prototype, "target", void 0);
__decorate([
    (0, necord_1.IntegerOption)({
        name: 'amount',
        description: 'Change, from −100 to +100; results are clamped to the game limits',
        required: true,
        min_value: -100,
        max_value: 100,
    }),
    __metadata("design:type", Number)
], AdjustOptions.prototype, "amount", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'reason',
        description: 'Public reason, printed in the Gazette (5 to 300 characters)',
        required: true,
        max_length: 300,
    }),
    __metadata("design:type", String)
], AdjustOptions.prototype, "reason", void 0);
class ScheduleOptions {
    time_zone;
}
exports.ScheduleOptions = ScheduleOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: 'time_zone',
        description: 'IANA time zone for digests and the symposium, such as Europe/Paris',
        required: true,
        max_length: 64,
    }),
    __metadata("design:type", String)
], ScheduleOptions.prototype, "time_zone", void 0);
let AdminCommands = AdminCommands_1 = class AdminCommands {
    campaigns;
    gazette;
    delivery;
    admin;
    logger = new common_1.Logger(AdminCommands_1.name);
    constructor(campaigns, gazette, delivery, admin) {
        this.campaigns = campaigns;
        this.gazette = gazette;
        this.delivery = delivery;
        this.admin = admin;
    }
    async setup([interaction], options) {
        const { guildId } = (0, actor_from_1.actorFrom)(interaction);
        const channels = {
            gazetteChannelId: options.gazette?.id ?? findChannelId(interaction, DEFAULT_CHANNEL_NAMES.gazette),
            tableTalkChannelId: options.table_talk?.id ?? findChannelId(interaction, DEFAULT_CHANNEL_NAMES.tableTalk),
            adminChannelId: options.admin?.id ?? findChannelId(interaction, DEFAULT_CHANNEL_NAMES.admin),
        };
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            await this.campaigns.setChannels(guildId, channels, interaction.user.id);
            const show = (id) => (id ? `<#${id}>` : 'not set');
            const lines = [
                `Gazette: ${show(channels.gazetteChannelId)}`,
                `Table talk: ${show(channels.tableTalkChannelId)}`,
                `Admin: ${show(channels.adminChannelId)}`,
            ];
            if (!channels.gazetteChannelId) {
                lines.push('No gazette channel: editions are kept in the archive (/gazette) but not posted. Create #gazette or pick a channel.');
            }
            return { content: `Campaign channels saved.\n${lines.join('\n')}` };
        }, { ephemeral: true });
    }
    async digestNow([interaction]) {
        const { guildId } = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            await this.campaigns.setChannelsIfUnset(guildId, {
                gazetteChannelId: findChannelId(interaction, DEFAULT_CHANNEL_NAMES.gazette),
                tableTalkChannelId: findChannelId(interaction, DEFAULT_CHANNEL_NAMES.tableTalk),
                adminChannelId: findChannelId(interaction, DEFAULT_CHANNEL_NAMES.admin),
            });
            await this.admin.recordDigestNow((0, actor_from_1.actorFrom)(interaction));
            const result = await this.gazette.publishExtraEdition(guildId);
            if (!result) {
                return {
                    content: 'An edition was already published this minute; nothing new was posted.',
                };
            }
            this.delivery.deliverDue().catch((error) => {
                this.logger.error({ message: 'gazette delivery failed', guildId, error: error.stack });
            });
            const posted = result.messageCount > 0
                ? `${result.messageCount} message(s) are on their way to the gazette channel.`
                : 'No gazette channel is set, so it is only in the archive. Run /gw_admin setup.';
            return {
                content: `Edition of year ${result.edition.year} published with ${result.items.length} item(s). ${posted}`,
            };
        }, { ephemeral: true });
    }
    async pause([interaction]) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const changed = await this.admin.setPaused(actor, true);
            return {
                content: changed
                    ? 'The campaign is paused. Player moves are refused and digests wait until /gw_admin resume.'
                    : 'The campaign was already paused.',
            };
        }, { ephemeral: false });
    }
    async resume([interaction]) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const changed = await this.admin.setPaused(actor, false);
            if (!changed) {
                return { content: 'The campaign is not paused.' };
            }
            const caughtUp = await this.gazette.publishDueEditions();
            this.delivery.deliverDue().catch((error) => {
                this.logger.error({
                    message: 'gazette delivery failed',
                    guildId: actor.guildId,
                    error: error.stack,
                });
            });
            return {
                content: `The campaign has resumed; ${caughtUp.length} held edition(s) were published.`,
            };
        }, { ephemeral: false });
    }
    async adjust([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const result = await this.admin.adjust(actor, options.player.id, {
                target: options.target,
                amount: options.amount,
                reason: options.reason,
            });
            return {
                content: `${result.player.displayName}: ${result.target} ${result.before} → ${result.after}. Announced as Gazette Note No. ${result.note.number}.`,
            };
        }, { ephemeral: true });
    }
    async setSchedule([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const campaign = await this.admin.setTimeZone(actor, options.time_zone);
            return {
                content: `Digests and the weekly symposium now follow ${campaign.timeZone}. Digest times themselves are set for every campaign by the operator.`,
            };
        }, { ephemeral: true });
    }
};
exports.AdminCommands = AdminCommands;
__decorate([
    (0, necord_1.Subcommand)({ name: 'setup', description: 'Choose the gazette, table-talk and admin channels' }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, SetupOptions]),
    __metadata("design:returntype", Promise)
], AdminCommands.prototype, "setup", null);
__decorate([
    (0, necord_1.Subcommand)({ name: 'digest_now', description: 'Publish a Gazette edition now' }),
    __param(0, (0, necord_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array]),
    __metadata("design:returntype", Promise)
], AdminCommands.prototype, "digestNow", null);
__decorate([
    (0, necord_1.Subcommand)({ name: 'pause', description: 'Pause the campaign: moves are refused, digests wait' }),
    __param(0, (0, necord_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array]),
    __metadata("design:returntype", Promise)
], AdminCommands.prototype, "pause", null);
__decorate([
    (0, necord_1.Subcommand)({ name: 'resume', description: 'Resume a paused campaign and catch up its digests' }),
    __param(0, (0, necord_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array]),
    __metadata("design:returntype", Promise)
], AdminCommands.prototype, "resume", null);
__decorate([
    (0, necord_1.Subcommand)({
        name: 'adjust',
        description: "Change a player's reputation or influence, with a public reason",
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, AdjustOptions]),
    __metadata("design:returntype", Promise)
], AdminCommands.prototype, "adjust", null);
__decorate([
    (0, necord_1.Subcommand)({ name: 'set_schedule', description: "Set the campaign's time zone" }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, ScheduleOptions]),
    __metadata("design:returntype", Promise)
], AdminCommands.prototype, "setSchedule", null);
exports.AdminCommands = AdminCommands = AdminCommands_1 = __decorate([
    (0, common_1.Injectable)(),
    AdminCommand(),
    (0, common_1.UseFilters)(discord_exception_filter_1.DiscordExceptionFilter),
    (0, common_1.UseInterceptors)(command_metrics_interceptor_1.CommandMetricsInterceptor),
    (0, common_1.UseGuards)(manage_guild_guard_1.ManageGuildGuard),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        gazette_service_1.GazetteService,
        gazette_delivery_service_1.GazetteDeliveryService,
        campaign_admin_service_1.CampaignAdminService])
], AdminCommands);
function findChannelId(interaction, name) {
    const channel = interaction.guild?.channels.cache.find((candidate) => candidate.name === name && candidate.isTextBased());
    return channel?.id ?? null;
}
//# sourceMappingURL=admin.commands.js.map