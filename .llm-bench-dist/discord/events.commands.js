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
Object.defineProperty(exports, "__esModule", { value: true });
exports.EventsCommands = exports.ExportLogOptions = void 0;
const common_1 = require("@nestjs/common");
const discord_js_1 = require("discord.js");
const necord_1 = require("necord");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const game_error_1 = require("../common/game-error");
const events_service_1 = require("../events/events.service");
const actor_from_1 = require("./actor-from");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const discord_exception_filter_1 = require("./discord-exception.filter");
const interaction_reply_1 = require("./interaction-reply");
/** Exports of more events than this defer first, so reading them cannot miss the 3-second ack. */
const DEFER_ABOVE_EVENTS = 2_000;
/** Discord's default upload limit is 10 MiB per file; stay under it. */
const MAX_EXPORT_BYTES = 8 * 1024 * 1024;
class ExportLogOptions {
    from_seq;
    to_seq;
}
exports.ExportLogOptions = ExportLogOptions;
__decorate([
    (0, necord_1.IntegerOption)({ name: 'from_seq', description: 'First event number (default 1)', min_value: 1 }),
    __metadata("design:type", Number)
], ExportLogOptions.prototype, "from_seq", void 0);
__decorate([
    (0, necord_1.IntegerOption)({
        name: 'to_seq',
        description: 'Last event number (default: the latest)',
        min_value: 1,
    }),
    __metadata("design:type", Number)
], ExportLogOptions.prototype, "to_seq", void 0);
/** `/export_log`: the campaign's public event log as a JSON Lines file. */
let EventsCommands = class EventsCommands {
    campaigns;
    events;
    constructor(campaigns, events) {
        this.campaigns = campaigns;
        this.events = events;
    }
    async exportLog([interaction], options) {
        const { guildId } = (0, actor_from_1.actorFrom)(interaction);
        const campaign = await this.campaigns.findCampaignOrFail(guildId);
        const fromSeq = options.from_seq ?? 1;
        const toSeq = options.to_seq ?? campaign.nextEventSeq - 1;
        if (toSeq < fromSeq) {
            throw new game_error_1.InvalidOptionError('to_seq', `to_seq (${toSeq}) is before from_seq (${fromSeq}). Give a range that runs forward.`);
        }
        const count = await this.events.countRange(campaign.id, fromSeq, toSeq);
        if (count > DEFER_ABOVE_EVENTS) {
            await interaction.deferReply({ flags: discord_js_1.MessageFlags.Ephemeral });
        }
        const text = (0, events_service_1.toJsonLines)(await this.events.findRange(campaign.id, fromSeq, toSeq));
        const bytes = Buffer.from(text, 'utf8');
        if (bytes.length > MAX_EXPORT_BYTES) {
            throw new game_error_1.InvalidOptionError('to_seq', `Those ${count} events make a file over 8 MiB. Export a narrower range with from_seq and to_seq.`);
        }
        const file = new discord_js_1.AttachmentBuilder(bytes, {
            name: `great-work-log-${fromSeq}-${toSeq}.jsonl`,
        });
        const content = `${count} event(s), numbers ${fromSeq} to ${toSeq}, one JSON object per line.`;
        if (interaction.deferred) {
            await interaction.editReply({ content, files: [file], allowedMentions: interaction_reply_1.NO_MENTIONS });
            return;
        }
        await interaction.reply({
            content,
            files: [file],
            flags: discord_js_1.MessageFlags.Ephemeral,
            allowedMentions: interaction_reply_1.NO_MENTIONS,
        });
    }
};
exports.EventsCommands = EventsCommands;
__decorate([
    (0, necord_1.SlashCommand)({
        name: 'export_log',
        description: "Download the campaign's event log (JSON Lines)",
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, ExportLogOptions]),
    __metadata("design:returntype", Promise)
], EventsCommands.prototype, "exportLog", null);
exports.EventsCommands = EventsCommands = __decorate([
    (0, common_1.Injectable)(),
    (0, common_1.UseFilters)(discord_exception_filter_1.DiscordExceptionFilter),
    (0, common_1.UseInterceptors)(command_metrics_interceptor_1.CommandMetricsInterceptor),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        events_service_1.EventsService])
], EventsCommands);
//# sourceMappingURL=events.commands.js.map