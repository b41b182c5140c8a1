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
exports.ExpeditionsCommands = exports.ExpeditionAutocompleteInterceptor = exports.ChallengeOptions = exports.ConferenceOptions = exports.LaunchExpeditionOptions = void 0;
const common_1 = require("@nestjs/common");
const necord_1 = require("necord");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const gazette_layout_1 = require("../gazette/gazette-layout");
const scholars_service_1 = require("../scholars/scholars.service");
const scholar_profile_1 = require("../scholars/scholar-profile");
const confidence_1 = require("../theories/confidence");
const expedition_rules_1 = require("../expeditions/expedition-rules");
const expeditions_service_1 = require("../expeditions/expeditions.service");
const actor_from_1 = require("./actor-from");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const discord_exception_filter_1 = require("./discord-exception.filter");
const interaction_reply_1 = require("./interaction-reply");
const TEAM_OPTIONS = ['team1', 'team2', 'team3', 'team4'];
const FUNDING_OPTIONS = ['funding1', 'funding2', 'funding3'];
const SUPPORTER_OPTIONS = ['supporter1', 'supporter2', 'supporter3'];
const OPPOSITION_OPTIONS = ['opponent1', 'opponent2', 'opponent3'];
const THEORY_OPTION = 'theory';
const confidenceChoices = confidence_1.CONFIDENCES.map((value) => ({ name: confidence_1.CONFIDENCE_LABELS[value], value }));
const factionChoices = scholar_profile_1.FACTIONS.map((value) => ({ name: value, value }));
function teamOption(index, required) {
    return (0, necord_1.StringOption)({
        name: `team${index}`,
        description: index === 1 ? 'Lead scholar: yours or unaffiliated' : 'Another team scholar',
        required,
        autocomplete: true,
        max_length: 100,
    });
}
function fundingOption(index) {
    return (0, necord_1.StringOption)({
        name: `funding${index}`,
        description: 'A faction funding the expedition',
        choices: factionChoices,
    });
}
function scholarOption(name, description) {
    return (0, necord_1.StringOption)({ name, description, autocomplete: true, max_length: 100 });
}
class LaunchExpeditionOptions {
    type;
    objective;
    team1;
    discipline;
    depth;
    theory;
    confidence;
    team2;
    team3;
    team4;
    funding1;
    funding2;
    funding3;
}
exports.LaunchExpeditionOptions = LaunchExpeditionOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: 'type',
        description: 'Think tank (reputation −5+), field (0+) or great project (+10+)',
        required: true,
        choices: expedition_rules_1.EXPEDITION_TYPES.map((value) => ({ name: expedition_rules_1.EXPEDITION_TYPE_LABELS[value], value })),
    }),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "type", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'objective',
        description: 'What the expedition sets out to find, in up to 300 characters',
        required: true,
        max_length: 300,
    }),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "objective", void 0);
__decorate([
    teamOption(1, true),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "team1", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'discipline',
        description: 'The discipline of the work; team scholars of it add expertise',
        required: true,
        choices: scholar_profile_1.DISCIPLINES.map((value) => ({ name: value, value })),
    }),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "discipline", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'depth',
        description: 'Preparation: standard +1 academia, deep +2 (default shallow)',
        choices: expedition_rules_1.DEPTHS.map((value) => ({ name: value, value })),
    }),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "depth", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: THEORY_OPTION,
        description: 'One of your open theories to test',
        autocomplete: true,
        max_length: 100,
    }),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "theory", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'confidence',
        description: 'Your wager when no theory is tested',
        choices: confidenceChoices,
    }),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "confidence", void 0);
__decorate([
    teamOption(2, false),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "team2", void 0);
__decorate([
    teamOption(3, false),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "team3", void 0);
__decorate([
    teamOption(4, false),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "team4", void 0);
__decorate([
    fundingOption(1),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "funding1", void 0);
__decorate([
    fundingOption(2),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "funding2", void 0);
__decorate([
    fundingOption(3),
    __metadata("design:type", String)
], LaunchExpeditionOptions.prototype, "funding3", void 0);
class ConferenceOptions {
    theory;
    supporter1;
    supporter2;
    supporter3;
    opponent1;
    opponent2;
    opponent3;
}
exports.ConferenceOptions = ConferenceOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: THEORY_OPTION,
        description: 'One of your open theories to put before the conference',
        required: true,
        autocomplete: true,
        max_length: 100,
    }),
    __metadata("design:type", String)
], ConferenceOptions.prototype, "theory", void 0);
__decorate([
    scholarOption('supporter1', 'A scholar speaking for the theory'),
    __metadata("design:type", String)
], ConferenceOptions.prototype, "supporter1", void 0);
__decorate([
    scholarOption('supporter2', 'A second supporter'),
    __metadata("design:type", String)
], ConferenceOptions.prototype, "supporter2", void 0);
__decorate([
    scholarOption('supporter3', 'A third supporter'),
    __metadata("design:type", String)
], ConferenceOptions.prototype, "supporter3", void 0);
__decorate([
    scholarOption('opponent1', 'A scholar speaking against it'),
    __metadata("design:type", String)
], ConferenceOptions.prototype, "opponent1", void 0);
__decorate([
    scholarOption('opponent2', 'A second opponent'),
    __metadata("design:type", String)
], ConferenceOptions.prototype, "opponent2", void 0);
__decorate([
    scholarOption('opponent3', 'A third opponent'),
    __metadata("design:type", String)
], ConferenceOptions.prototype, "opponent3", void 0);
class ChallengeOptions {
    theory;
    confidence;
}
exports.ChallengeOptions = ChallengeOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: THEORY_OPTION,
        description: "A rival's open theory to wager against",
        required: true,
        autocomplete: true,
        max_length: 100,
    }),
    __metadata("design:type", String)
], ChallengeOptions.prototype, "theory", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'confidence',
        description: 'Your wager: you collect its reward if the theory is refuted',
        required: true,
        choices: confidenceChoices,
    }),
    __metadata("design:type", String)
], ChallengeOptions.prototype, "confidence", void 0);
/** Picks the filled values of the named options, in order. */
function filled(options, names) {
    return names
        .map((name) => options[name])
        .filter((value) => typeof value === 'string' && value.trim() !== '');
}
/**
 * Suggests theories for the `theory` option (the player's own, or rivals' for /challenge) and
 * scholars for every other option.
 */
let ExpeditionAutocompleteInterceptor = class ExpeditionAutocompleteInterceptor extends necord_1.AutocompleteInterceptor {
    campaigns;
    scholars;
    expeditions;
    constructor(campaigns, scholars, expeditions) {
        super();
        this.campaigns = campaigns;
        this.scholars = scholars;
        this.expeditions = expeditions;
    }
    async transformOptions(interaction) {
        const focused = interaction.options.getFocused(true);
        const typed = String(focused.value);
        if (!interaction.guildId) {
            await interaction.respond([]);
            return;
        }
        const actor = (0, actor_from_1.actorFrom)(interaction);
        if (focused.name === THEORY_OPTION) {
            const scope = interaction.commandName === 'challenge' ? 'rivals' : 'own';
            const theories = await this.expeditions.suggestTheories(actor, typed, scope);
            await interaction.respond(theories.map((theory) => ({
                // Discord allows 100 characters per choice name.
                name: `No. ${theory.bulletinNumber} · ${theory.claim}`.slice(0, 100),
                value: String(theory.bulletinNumber),
            })));
            return;
        }
        const campaign = await this.campaigns.findCampaign(actor.guildId);
        const matches = campaign ? await this.scholars.suggest(campaign.id, typed) : [];
        await interaction.respond(matches.map((scholar) => ({
            name: `${scholar.name} · ${scholar.archetype} · ${scholar.disciplines.join(', ')}`.slice(0, 100),
            value: String(scholar.id),
        })));
    }
};
exports.ExpeditionAutocompleteInterceptor = ExpeditionAutocompleteInterceptor;
exports.ExpeditionAutocompleteInterceptor = ExpeditionAutocompleteInterceptor = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        scholars_service_1.ScholarsService,
        expeditions_service_1.ExpeditionsService])
], ExpeditionAutocompleteInterceptor);
/** Expedition orders, conferences and challenges; every accepted order replies in public. */
let ExpeditionsCommands = class ExpeditionsCommands {
    expeditions;
    constructor(expeditions) {
        this.expeditions = expeditions;
    }
    async launchExpedition([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { press } = await this.expeditions.launchExpedition(actor, {
                type: options.type,
                objective: options.objective,
                theory: options.theory ?? undefined,
                team: filled(options, TEAM_OPTIONS),
                discipline: options.discipline,
                depth: options.depth ?? undefined,
                fundingFactions: filled(options, FUNDING_OPTIONS),
                confidence: options.confidence ?? undefined,
            });
            return { embeds: [(0, gazette_layout_1.pressEmbed)(press)] };
        }, { ephemeral: false });
    }
    async conference([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        const values = options;
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { press } = await this.expeditions.callConference(actor, {
                theory: options.theory,
                supporters: filled(values, SUPPORTER_OPTIONS),
                opposition: filled(values, OPPOSITION_OPTIONS),
            });
            return { embeds: [(0, gazette_layout_1.pressEmbed)(press)] };
        }, { ephemeral: false });
    }
    async challenge([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { press } = await this.expeditions.challengeTheory(actor, {
                theory: options.theory,
                confidence: options.confidence,
            });
            return { embeds: [(0, gazette_layout_1.pressEmbed)(press)] };
        }, { ephemeral: false });
    }
};
exports.ExpeditionsCommands = ExpeditionsCommands;
__decorate([
    (0, common_1.UseInterceptors)(ExpeditionAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({
        name: 'launch_expedition',
        description: 'Launch an expedition; it resolves at the next Gazette',
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, LaunchExpeditionOptions]),
    __metadata("design:returntype", Promise)
], ExpeditionsCommands.prototype, "launchExpedition", null);
__decorate([
    (0, common_1.UseInterceptors)(ExpeditionAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({
        name: 'conference',
        description: 'Call a conference to judge one of your open theories at the next Gazette',
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, ConferenceOptions]),
    __metadata("design:returntype", Promise)
], ExpeditionsCommands.prototype, "conference", null);
__decorate([
    (0, common_1.UseInterceptors)(ExpeditionAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({
        name: 'challenge',
        description: "Wager against a rival's open theory before its deadline",
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, ChallengeOptions]),
    __metadata("design:returntype", Promise)
], ExpeditionsCommands.prototype, "challenge", null);
exports.ExpeditionsCommands = ExpeditionsCommands = __decorate([
    (0, common_1.Injectable)(),
    (0, common_1.UseFilters)(discord_exception_filter_1.DiscordExceptionFilter),
    (0, common_1.UseInterceptors)(command_metrics_interceptor_1.CommandMetricsInterceptor),
    __metadata("design:paramtypes", [expeditions_service_1.ExpeditionsService])
], ExpeditionsCommands);
//# sourceMappingURL=expeditions.commands.js.map