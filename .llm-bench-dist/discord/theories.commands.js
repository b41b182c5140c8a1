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
exports.TheoriesCommands = exports.ScholarAutocompleteInterceptor = exports.SubmitTheoryOptions = void 0;
const common_1 = require("@nestjs/common");
const necord_1 = require("necord");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const scholars_service_1 = require("../scholars/scholars.service");
const confidence_1 = require("../theories/confidence");
const theories_service_1 = require("../theories/theories.service");
const actor_from_1 = require("./actor-from");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const discord_exception_filter_1 = require("./discord-exception.filter");
const interaction_reply_1 = require("./interaction-reply");
const presenters_1 = require("./presenters");
const SUPPORTER_OPTIONS = ['supporter1', 'supporter2', 'supporter3'];
class SubmitTheoryOptions {
    claim;
    confidence;
    supporter1;
    supporter2;
    supporter3;
    deadline_days;
}
exports.SubmitTheoryOptions = SubmitTheoryOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: 'claim',
        description: 'What you claim is true, in up to 1,000 characters',
        required: true,
        max_length: 1000,
    }),
    __metadata("design:type", String)
], SubmitTheoryOptions.prototype, "claim", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'confidence',
        description: 'How much reputation you stake on it',
        required: true,
        choices: confidence_1.CONFIDENCES.map((value) => ({ name: confidence_1.CONFIDENCE_LABELS[value], value })),
    }),
    __metadata("design:type", String)
], SubmitTheoryOptions.prototype, "confidence", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'supporter1',
        description: 'A scholar who backs the claim',
        autocomplete: true,
    }),
    __metadata("design:type", String)
], SubmitTheoryOptions.prototype, "supporter1", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'supporter2',
        description: 'A second scholar who backs it',
        autocomplete: true,
    }),
    __metadata("design:type", String)
], SubmitTheoryOptions.prototype, "supporter2", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'supporter3',
        description: 'A third scholar who backs it',
        autocomplete: true,
    }),
    __metadata("design:type", String)
], SubmitTheoryOptions.prototype, "supporter3", void 0);
__decorate([
    (0, necord_1.IntegerOption)({
        name: 'deadline_days',
        description: 'Days until the theory lapses if untested (default 7)',
        min_value: 1,
        max_value: 365,
    }),
    __metadata("design:type", Number)
], SubmitTheoryOptions.prototype, "deadline_days", void 0);
/** Suggests scholars of the campaign while a player types a supporter's name. */
let ScholarAutocompleteInterceptor = class ScholarAutocompleteInterceptor extends necord_1.AutocompleteInterceptor {
    campaigns;
    scholars;
    constructor(campaigns, scholars) {
        super();
        this.campaigns = campaigns;
        this.scholars = scholars;
    }
    async transformOptions(interaction) {
        const typed = String(interaction.options.getFocused());
        const campaign = interaction.guildId
            ? await this.campaigns.findCampaign(interaction.guildId)
            : null;
        if (!campaign) {
            await interaction.respond([]);
            return;
        }
        const matches = await this.scholars.suggest(campaign.id, typed);
        await interaction.respond(matches.map((scholar) => ({
            // Discord allows 100 characters per choice name.
            name: `${scholar.name} · ${scholar.archetype} · ${scholar.disciplines.join(', ')}`.slice(0, 100),
            value: String(scholar.id),
        })));
    }
};
exports.ScholarAutocompleteInterceptor = ScholarAutocompleteInterceptor;
exports.ScholarAutocompleteInterceptor = ScholarAutocompleteInterceptor = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        scholars_service_1.ScholarsService])
], ScholarAutocompleteInterceptor);
let TheoriesCommands = class TheoriesCommands {
    theories;
    constructor(theories) {
        this.theories = theories;
    }
    async submitTheory([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        const supporters = SUPPORTER_OPTIONS.map((name) => options[name]).filter((value) => typeof value === 'string' && value.trim() !== '');
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { bulletin } = await this.theories.submitTheory(actor, {
                claim: options.claim,
                confidence: options.confidence,
                supporters,
                deadlineDays: options.deadline_days ?? undefined,
            });
            return { embeds: [(0, presenters_1.bulletinEmbed)(bulletin)] };
        }, { ephemeral: false });
    }
    async wager([interaction]) {
        await (0, interaction_reply_1.replyInTime)(interaction, () => Promise.resolve({ embeds: [(0, presenters_1.wagerEmbed)()] }), {
            ephemeral: true,
        });
    }
};
exports.TheoriesCommands = TheoriesCommands;
__decorate([
    (0, common_1.UseInterceptors)(ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({
        name: 'submit_theory',
        description: 'Publish a theory with a confidence wager as an Academic Bulletin',
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, SubmitTheoryOptions]),
    __metadata("design:returntype", Promise)
], TheoriesCommands.prototype, "submitTheory", null);
__decorate([
    (0, necord_1.SlashCommand)({ name: 'wager', description: 'Show what each confidence level pays and costs' }),
    __param(0, (0, necord_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array]),
    __metadata("design:returntype", Promise)
], TheoriesCommands.prototype, "wager", null);
exports.TheoriesCommands = TheoriesCommands = __decorate([
    (0, common_1.Injectable)(),
    (0, common_1.UseFilters)(discord_exception_filter_1.DiscordExceptionFilter),
    (0, common_1.UseInterceptors)(command_metrics_interceptor_1.CommandMetricsInterceptor),
    __metadata("design:paramtypes", [theories_service_1.TheoriesService])
], TheoriesCommands);
//# sourceMappingURL=theories.commands.js.map