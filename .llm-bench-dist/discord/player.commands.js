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
exports.PlayerCommands = exports.GazetteOptions = exports.ScholarOptions = void 0;
const common_1 = require("@nestjs/common");
const necord_1 = require("necord");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const clock_1 = require("../common/clock");
const game_error_1 = require("../common/game-error");
const app_config_1 = require("../config/app-config");
const gazette_schedule_1 = require("../gazette/gazette-schedule");
const press_service_1 = require("../gazette/press.service");
const scholar_memory_service_1 = require("../scholars/scholar-memory.service");
const scholars_service_1 = require("../scholars/scholars.service");
const theories_service_1 = require("../theories/theories.service");
const actor_from_1 = require("./actor-from");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const discord_exception_filter_1 = require("./discord-exception.filter");
const interaction_reply_1 = require("./interaction-reply");
const presenters_1 = require("./presenters");
const theories_commands_1 = require("./theories.commands");
class ScholarOptions {
    name;
}
exports.ScholarOptions = ScholarOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: 'name',
        description: 'The scholar to look up',
        required: true,
        autocomplete: true,
        max_length: 100,
    }),
    __metadata("design:type", String)
], ScholarOptions.prototype, "name", void 0);
class GazetteOptions {
    number;
}
exports.GazetteOptions = GazetteOptions;
__decorate([
    (0, necord_1.IntegerOption)({
        name: 'number',
        description: 'A press release number, to read that item in full',
        min_value: 1,
    }),
    __metadata("design:type", Number)
], GazetteOptions.prototype, "number", void 0);
/** Feelings and facts a profile lists. */
const MEMORY_LINES = 5;
class PressNotFoundError extends game_error_1.GameError {
    constructor(number) {
        super('gazette.press_not_found', `no press release ${number}`, `There is no press release No. ${number} yet. Use /gazette without a number to see the latest.`);
    }
}
/** Read-only views: a player's standing, a scholar's profile and the Gazette archive. */
let PlayerCommands = class PlayerCommands {
    campaigns;
    theories;
    scholars;
    press;
    memory;
    config;
    clock;
    constructor(campaigns, theories, scholars, press, memory, config, clock) {
        this.campaigns = campaigns;
        this.theories = theories;
        this.scholars = scholars;
        this.press = press;
        this.memory = memory;
        this.config = config;
        this.clock = clock;
    }
    async status([interaction]) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { campaign, player } = await this.campaigns.enter(actor);
            const open = await this.theories.findOpenTheories(campaign.id, player.id);
            return {
                embeds: [(0, presenters_1.statusEmbed)(campaign, player, open, this.nextEdition(campaign.timeZone))],
            };
        }, { ephemeral: true });
    }
    async scholar([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { campaign } = await this.campaigns.enter(actor);
            const scholar = await this.scholars.findByChoiceOrFail(campaign.id, options.name);
            const employer = scholar.employerId
                ? await this.campaigns.findPlayerById(scholar.employerId)
                : null;
            const feelings = await this.memory.strongestFeelings(scholar.id, MEMORY_LINES);
            const facts = await this.memory.latestFacts(scholar.id, MEMORY_LINES);
            const players = await Promise.all(feelings
                .filter((feeling) => feeling.subjectKind === 'player')
                .map((feeling) => this.campaigns.findPlayerById(feeling.subjectId)));
            return {
                embeds: [
                    (0, presenters_1.scholarEmbed)(scholar, employer?.displayName ?? null, {
                        feelings,
                        facts,
                        players: players.filter((player) => player !== null),
                    }),
                ],
            };
        }, { ephemeral: true });
    }
    async gazette([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { campaign } = await this.campaigns.enter(actor);
            if (options.number !== undefined && options.number !== null) {
                const item = await this.press.findByNumber(campaign.id, options.number);
                if (!item) {
                    throw new PressNotFoundError(options.number);
                }
                const base = this.config.publicBaseUrl;
                const url = base ? `${base}/archive/${campaign.guildId}/press/${item.number}` : null;
                return { embeds: [(0, presenters_1.pressPageEmbed)(item, url)] };
            }
            const recent = await this.press.findRecent(campaign.id, this.config.game.gazette.recentHeadlines);
            const next = this.nextEdition(campaign.timeZone);
            return { embeds: [(0, presenters_1.gazetteEmbed)(campaign, recent, next, this.config.publicBaseUrl)] };
        }, { ephemeral: true });
    }
    nextEdition(timeZone) {
        return (0, gazette_schedule_1.nextScheduledSlot)(this.clock.now(), this.config.schedule.gazetteTimes, timeZone);
    }
};
exports.PlayerCommands = PlayerCommands;
__decorate([
    (0, necord_1.SlashCommand)({ name: 'status', description: 'Your reputation, influence and open theories' }),
    __param(0, (0, necord_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array]),
    __metadata("design:returntype", Promise)
], PlayerCommands.prototype, "status", null);
__decorate([
    (0, common_1.UseInterceptors)(theories_commands_1.ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({ name: 'scholar', description: "Read a scholar's profile" }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, ScholarOptions]),
    __metadata("design:returntype", Promise)
], PlayerCommands.prototype, "scholar", null);
__decorate([
    (0, necord_1.SlashCommand)({ name: 'gazette', description: 'Recent headlines, or one press release in full' }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, GazetteOptions]),
    __metadata("design:returntype", Promise)
], PlayerCommands.prototype, "gazette", null);
exports.PlayerCommands = PlayerCommands = __decorate([
    (0, common_1.Injectable)(),
    (0, common_1.UseFilters)(discord_exception_filter_1.DiscordExceptionFilter),
    (0, common_1.UseInterceptors)(command_metrics_interceptor_1.CommandMetricsInterceptor),
    __param(6, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        theories_service_1.TheoriesService,
        scholars_service_1.ScholarsService,
        press_service_1.PressService,
        scholar_memory_service_1.ScholarMemoryService,
        app_config_1.AppConfig, Object])
], PlayerCommands);
//# sourceMappingURL=player.commands.js.map