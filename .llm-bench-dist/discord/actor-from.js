"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorFrom = actorFrom;
const discord_js_1 = require("discord.js");
const campaigns_errors_1 = require("../campaigns/campaigns.errors");
/** Reads who acts from an interaction; rejects commands sent outside a server. */
function actorFrom(interaction) {
    if (!interaction.guildId) {
        throw new campaigns_errors_1.CommandOutsideGuildError();
    }
    const member = interaction.member;
    const memberName = member instanceof discord_js_1.GuildMember ? member.displayName : (member?.nick ?? undefined);
    const displayName = memberName ?? interaction.user.globalName ?? interaction.user.username ?? 'An unnamed scholar';
    return {
        guildId: interaction.guildId,
        userId: interaction.user.id,
        displayName: displayName.slice(0, 100),
    };
}
//# sourceMappingURL=actor-from.js.map