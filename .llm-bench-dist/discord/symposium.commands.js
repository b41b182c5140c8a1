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
exports.SymposiumCommands = exports.VoteOptions = exports.ProposeOptions = void 0;
const common_1 = require("@nestjs/common");
const necord_1 = require("necord");
const symposium_rules_1 = require("../symposium/symposium-rules");
const symposium_service_1 = require("../symposium/symposium.service");
const actor_from_1 = require("./actor-from");
const command_metrics_interceptor_1 = require("./command-metrics.interceptor");
const discord_exception_filter_1 = require("./discord-exception.filter");
const interaction_reply_1 = require("./interaction-reply");
const INK = 0x2f5d8a;
class ProposeOptions {
    topic;
}
exports.ProposeOptions = ProposeOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: 'topic',
        description: 'The question the Academy should debate, in up to 200 characters',
        required: true,
        max_length: 200,
    }),
    __metadata("design:type", String)
], ProposeOptions.prototype, "topic", void 0);
class VoteOptions {
    stance;
}
exports.VoteOptions = VoteOptions;
__decorate([
    (0, necord_1.StringOption)({
        name: 'stance',
        description: 'Your stance on the open topic; you may change it until the symposium closes',
        required: true,
        choices: symposium_rules_1.SYMPOSIUM_STANCES.map((value) => ({ name: symposium_rules_1.STANCE_LABELS[value], value })),
    }),
    __metadata("design:type", String)
], VoteOptions.prototype, "stance", void 0);
/** The weekly symposium: propose topics, vote, and read where things stand. */
let SymposiumCommands = class SymposiumCommands {
    symposium;
    constructor(symposium) {
        this.symposium = symposium;
    }
    async propose([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const topic = await this.symposium.proposeTopic(actor, { title: options.topic });
            return {
                content: `Your proposal is on the list: “${topic.title}”. The best-placed proposal is called at the weekly symposium.`,
            };
        }, { ephemeral: true });
    }
    async vote([interaction], options) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => {
            const { topic, changedFrom } = await this.symposium.vote(actor, options.stance);
            const stance = symposium_rules_1.STANCE_LABELS[options.stance];
            const change = changedFrom && changedFrom !== options.stance
                ? ` (changed from ${symposium_rules_1.STANCE_LABELS[changedFrom]})`
                : '';
            return {
                content: `Recorded: **${stance}**${change} on “${topic.title}”. Voters keep their pledge.`,
            };
        }, { ephemeral: true });
    }
    async status([interaction]) {
        const actor = (0, actor_from_1.actorFrom)(interaction);
        await (0, interaction_reply_1.replyInTime)(interaction, async () => ({ embeds: [symposiumEmbed(await this.symposium.overview(actor))] }), { ephemeral: true });
    }
};
exports.SymposiumCommands = SymposiumCommands;
__decorate([
    (0, necord_1.SlashCommand)({
        name: 'symposium_propose',
        description: 'Propose a topic for the weekly symposium',
    }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, ProposeOptions]),
    __metadata("design:returntype", Promise)
], SymposiumCommands.prototype, "propose", null);
__decorate([
    (0, necord_1.SlashCommand)({ name: 'symposium_vote', description: 'Vote on the open symposium topic' }),
    __param(0, (0, necord_1.Context)()),
    __param(1, (0, necord_1.Options)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, VoteOptions]),
    __metadata("design:returntype", Promise)
], SymposiumCommands.prototype, "vote", null);
__decorate([
    (0, necord_1.SlashCommand)({
        name: 'symposium_status',
        description: 'The open topic, its votes and your pledge',
    }),
    __param(0, (0, necord_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array]),
    __metadata("design:returntype", Promise)
], SymposiumCommands.prototype, "status", null);
exports.SymposiumCommands = SymposiumCommands = __decorate([
    (0, common_1.Injectable)(),
    (0, common_1.UseFilters)(discord_exception_filter_1.DiscordExceptionFilter),
    (0, common_1.UseInterceptors)(command_metrics_interceptor_1.CommandMetricsInterceptor),
    __metadata("design:paramtypes", [symposium_service_1.SymposiumService])
], SymposiumCommands);
function symposiumEmbed(overview) {
    const seconds = Math.floor(overview.nextCallAt.getTime() / 1000);
    const tally = symposium_rules_1.SYMPOSIUM_STANCES.map((stance) => `${symposium_rules_1.STANCE_LABELS[stance]}: ${overview.counts[stance]}`).join(' · ');
    const pending = overview.pending
        .map((topic) => `• ${topic.title}`)
        .join('\n')
        .slice(0, 1024) || 'None. Propose one with /symposium_propose.';
    const own = overview.ownStance ? symposium_rules_1.STANCE_LABELS[overview.ownStance] : 'not voted yet';
    return {
        title: 'The Symposium',
        color: INK,
        description: overview.topic
            ? `Open topic: “${overview.topic.title}”\n${tally}`
            : 'No topic is open yet.',
        fields: [
            { name: 'Your vote', value: own, inline: true },
            { name: 'Closes / next call', value: `<t:${seconds}:F>`, inline: true },
            {
                name: 'Your pledge if silent',
                value: `${overview.nextPledge} influence from your largest holding`,
                inline: true,
            },
            {
                name: 'Symposium debt',
                value: `${overview.debt} (missed in a row: ${overview.missStreak})`,
                inline: true,
            },
            { name: `Pending proposals (${overview.pending.length})`, value: pending },
        ],
    };
}
//# sourceMappingURL=symposium.commands.js.map