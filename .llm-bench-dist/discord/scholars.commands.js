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
exports.ScholarsCommands = exports.AssignLabOptions = exports.MentorOptions = exports.CounterOptions = exports.PoachOptions = exports.RecruitOptions = void 0;
const common_1 = require("@nestjs/common");
const necord_1 = require("necord");
const gazette_layout_1 = require("../gazette/gazette-layout");
const mentorship_service_1 = require("../scholars/mentorship.service");
const poaching_service_1 = require("../scholars/poaching.service");
const recruitment_service_1 = require("../scholars/recruitment.service");
const scholar_profile_1 = require("../scholars/scholar-profile");
const scholar_rules_1 = require("../scholars/scholar-rules");
const template_text_1 = require("../narration/template-text");
const actor_from_1 = require("./actor-from");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const discord_exception_filter_1 = require("./discord-exception.filter");
const interaction_reply_1 = require("./interaction-reply");
const theories_commands_1 = require("./theories.commands");
const INK = 0x2b2d42;
const factionChoices = scholar_profile_1.FACTIONS.map((value) => ({ name: value, value }));
const trackChoices = Object.keys(scholar_rules_1.CAREER_TRACKS).map((value) => ({
    name: `${value} (${scholar_rules_1.CAREER_TRACKS[value].slice(1).join(' → ')})`,
    value,
}));
function scholarOption(description) {
    return (0, necord_1.StringOption)({
        name: 'scholar',
        description,
        required: true,
        autocomplete: true,
        max_length: 100,
    });
}
function factionOption(description) {
    return (0, necord_1.StringOption)({ name: 'faction', description, required: true, choices: factionChoices });
}
function amountOption(description) {
    return (0, necord_1.IntegerOption)({
        name: 'amount',
        description,
        required: true,
        min_value: poaching_service_1.MIN_OFFER,
        max_value: poaching_service_1.MAX_OFFER,
    });
}
class RecruitOptions {
    scholar;
    faction;
}
exports.RecruitOptions = RecruitOptions;
__decorate([
    scholarOption('An unaffiliated scholar'),
    __metadata("design:type", String)
], RecruitOptions.prototype, "scholar", void 0);
__decorate([
    factionOption('The faction whose influence backs your invitation'),
    __metadata("design:type", String)
], RecruitOptions.prototype, "faction", void 0);
class PoachOptions {
    scholar;
    faction;
    amount;
    terms;
}
exports.PoachOptions = PoachOptions;
__decorate([
    scholarOption("Another lead's scholar"),
    __metadata("design:type", String)
], PoachOptions.prototype, "scholar", void 0);
__decorate([
    factionOption('The faction whose influence you offer'),
    __metadata("design:type", String)
], PoachOptions.prototype, "faction", void 0);
__decorate([
    amountOption('Influence offered, escrowed now and refunded if the offer loses'),
    __metadata("design:type", Number)
], PoachOptions.prototype, "amount", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'terms',
        description: `What you promise the scholar, in up to ${poaching_service_1.MAX_TERMS_LENGTH} characters`,
        required: true,
        max_length: poaching_service_1.MAX_TERMS_LENGTH,
    }),
    __metadata("design:type", String)
], PoachOptions.prototype, "terms", void 0);
class CounterOptions {
    scholar;
    faction;
    amount;
}
exports.CounterOptions = CounterOptions;
__decorate([
    scholarOption('Your scholar who has received offers'),
    __metadata("design:type", String)
], CounterOptions.prototype, "scholar", void 0);
__decorate([
    factionOption('The faction whose influence you put up'),
    __metadata("design:type", String)
], CounterOptions.prototype, "faction", void 0);
__decorate([
    amountOption('Influence escrowed to keep the scholar; spent if they stay'),
    __metadata("design:type", Number)
], CounterOptions.prototype, "amount", void 0);
class MentorOptions {
    scholar;
}
exports.MentorOptions = MentorOptions;
__decorate([
    scholarOption('One of your scholars'),
    __metadata("design:type", String)
], MentorOptions.prototype, "scholar", void 0);
class AssignLabOptions {
    scholar;
    track;
}
exports.AssignLabOptions = AssignLabOptions;
__decorate([
    scholarOption('One of your junior scholars'),
    __metadata("design:type", String)
], AssignLabOptions.prototype, "scholar", void 0);
__decorate([
    (0, necord_1.StringOption)({
        name: 'track',
        description: 'The career track and its titles',
        required: true,
        choices: trackChoices,
    }),
    __metadata("design:type", String)
], AssignLabOptions.prototype, "track", void 0);
function percent(chance) {
    return `${Math.round(chance * 100)}%`;
}
function oddsEmbed(quote) {
    const lines = [
        `Chance: **${percent(quote.chance)}** (between 5% and 95%)`,
        `Base 60%${quote.isCooldownActive ? ', halved by your stake-my-career cooldown' : ''}`,
        `${quote.faction} influence ${quote.influence}: +${percent(0.05 * quote.influence)}`,
        `Relationship (feeling ${quote.feeling.toFixed(1)}${quote.wasMentored ? ', mentored by you' : ''}): ${percent(quote.relationship)}`,
    ];
    return {
        title: `Odds of recruiting ${quote.scholar.name}`,
        color: INK,
        description: lines.join('\n'),
        footer: { text: 'Nothing changed. /recruit rolls for real; success +2 feeling, failure −1.' },
    };
}
/** Recruitment, poaching, counters and mentorship; every accepted move is public. */
let ScholarsCommands = class ScholarsCommands {
    recruitment;
    poaching;
    mentorship;
    constructor(recruitment, poaching, mentorship) {
        this.recruitment = recruitment;
        this.poaching = poaching;
        this.mentorship = mentorship;
    }
    async recruit([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const result = await this.recruitment.recruit(actor, options.scholar, options.faction);
            return { embeds: [(0, gazette_layout_1.pressEmbed)(result.press)] };
        }, { ephemeral: false });
    }
    async recruitOdds([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const quote = await this.recruitment.quote(actor, options.scholar, options.faction);
            return { embeds: [oddsEmbed(quote)] };
        }, { ephemeral: true });
    }
    async poach([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { press } = await this.poaching.poach(actor, options.scholar, options.faction, options.amount, options.terms);
            return { embeds: [(0, gazette_layout_1.pressEmbed)(press)] };
        }, { ephemeral: false });
    }
    async counter([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const press = await this.poaching.counter(actor, options.scholar, options.faction, options.amount);
            return { embeds: [(0, gazette_layout_1.pressEmbed)(press)] };
        }, { ephemeral: false });
    }
    async offers([interaction]) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { offers, names } = await this.poaching.listOpen(actor);
            const lines = offers.map((offer) => {
                const counter = offer.counterAmount !== null
                    ? `; countered with ${offer.counterAmount} ${offer.counterFaction}`
                    : '';
                const decided = Math.floor(offer.decideAfter.getTime() / 1000);
                return `**${names.get(-offer.scholarId) ?? 'A scholar'}**: ${(0, template_text_1.quotePlayerText)(names.get(offer.rivalId) ?? 'a rival')} offers ${offer.amount} ${offer.faction}${counter}; decided at the first digest after <t:${decided}:f>`;
            });
            return {
                embeds: [
                    {
                        title: 'Open offers',
                        color: INK,
                        description: (lines.join('\n') || 'No open offers.').slice(0, 4096),
                    },
                ],
            };
        }, { ephemeral: true });
    }
    async mentor([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => ({ embeds: [(0, gazette_layout_1.pressEmbed)(await this.mentorship.mentor(actor, options.scholar))] }), { ephemeral: false });
    }
    async assignLab([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => ({
            embeds: [
                (0, gazette_layout_1.pressEmbed)(await this.mentorship.assignLab(actor, options.scholar, options.track)),
            ],
        }), { ephemeral: false });
    }
};
exports.ScholarsCommands = ScholarsCommands;
__decorate([
    (0, common_1.UseInterceptors)(theories_commands_1.ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({ name: 'recruit', description: 'Invite an unaffiliated scholar to join you' }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, RecruitOptions]),
    __metadata("design:returntype", Promise)
], ScholarsCommands.prototype, "recruit", null);
__decorate([
    (0, common_1.UseInterceptors)(theories_commands_1.ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({
        name: 'recruit_odds',
        description: 'Show your chance of recruiting a scholar, changing nothing',
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, RecruitOptions]),
    __metadata("design:returntype", Promise)
], ScholarsCommands.prototype, "recruitOdds", null);
__decorate([
    (0, common_1.UseInterceptors)(theories_commands_1.ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({
        name: 'poach',
        description: "Offer influence to another lead's scholar; decided a day later",
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, PoachOptions]),
    __metadata("design:returntype", Promise)
], ScholarsCommands.prototype, "poach", null);
__decorate([
    (0, common_1.UseInterceptors)(theories_commands_1.ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({ name: 'counter', description: 'Counter the offers made for your scholar' }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, CounterOptions]),
    __metadata("design:returntype", Promise)
], ScholarsCommands.prototype, "counter", null);
__decorate([
    (0, necord_1.SlashCommand)({ name: 'offers', description: 'Open poaching offers in this campaign' }),
    __param(0, (0, necord_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array]),
    __metadata("design:returntype", Promise)
], ScholarsCommands.prototype, "offers", null);
__decorate([
    (0, common_1.UseInterceptors)(theories_commands_1.ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({ name: 'mentor', description: 'Mentor one of your scholars; one at a time' }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, MentorOptions]),
    __metadata("design:returntype", Promise)
], ScholarsCommands.prototype, "mentor", null);
__decorate([
    (0, common_1.UseInterceptors)(theories_commands_1.ScholarAutocompleteInterceptor),
    (0, necord_1.SlashCommand)({ name: 'assign_lab', description: 'Move one of your juniors to a career track' }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, AssignLabOptions]),
    __metadata("design:returntype", Promise)
], ScholarsCommands.prototype, "assignLab", null);
exports.ScholarsCommands = ScholarsCommands = __decorate([
    (0, common_1.Injectable)(),
    (0, common_1.UseFilters)(discord_exception_filter_1.DiscordExceptionFilter),
    (0, common_1.UseInterceptors)(command_metrics_interceptor_1.CommandMetricsInterceptor),
    __metadata("design:paramtypes", [recruitment_service_1.RecruitmentService,
        poaching_service_1.PoachingService,
        mentorship_service_1.MentorshipService])
], ScholarsCommands);
//# sourceMappingURL=scholars.commands.js.map