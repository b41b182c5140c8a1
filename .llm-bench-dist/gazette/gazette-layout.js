"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISCORD_LIMITS = void 0;
exports.truncate = truncate;
exports.embedLength = embedLength;
exports.pressEmbed = pressEmbed;
exports.layoutEdition = layoutEdition;
const press_release_entity_1 = require("./press-release.entity");
/** Discord's message limits (API v10). */
exports.DISCORD_LIMITS = {
    content: 2000,
    embedsPerMessage: 10,
    embedTitle: 256,
    embedDescription: 4096,
    embedFooter: 2048,
    embedFieldName: 256,
    embedFieldValue: 1024,
    embedFields: 25,
    embedsTotal: 6000,
};
/** Embed colour per press type, so readers can scan an edition by kind. */
const PRESS_COLOURS = {
    academic_bulletin: 0x2f5d8a,
    research_manifesto: 0x6b4f9e,
    discovery_report: 0x2e8b57,
    retraction_notice: 0xa83232,
    academic_gossip: 0xc7922b,
    poaching_wire: 0x8a5a2f,
    defection_notice: 0x7a1f3d,
    symposium_call: 0x3f7f7f,
    symposium_result: 0x3f7f7f,
    years_turn: 0x555555,
    gazette_note: 0x777777,
};
/** Cuts text to `max` characters, ending with an ellipsis when something was cut. */
function truncate(text, max) {
    if (text.length <= max) {
        return text;
    }
    return `${text.slice(0, max - 1)}…`;
}
/** Characters of an embed that count toward Discord's 6,000 per-message total. */
function embedLength(embed) {
    const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
    return ((embed.title?.length ?? 0) +
        (embed.description?.length ?? 0) +
        (embed.footer?.text.length ?? 0) +
        fields);
}
/** Renders one press release as an embed within Discord's per-embed limits. */
function pressEmbed(item) {
    return {
        title: truncate(`No. ${item.number} · ${item.headline}`, exports.DISCORD_LIMITS.embedTitle),
        description: truncate(item.body, exports.DISCORD_LIMITS.embedDescription),
        color: PRESS_COLOURS[item.type],
        footer: { text: `${press_release_entity_1.PRESS_TYPE_LABELS[item.type]} · Year ${item.year}` },
    };
}
/**
 * Lays out an edition as Discord messages: the masthead as the first message's content, then
 * every item as an embed, grouped so no message exceeds 10 embeds or 6,000 embed characters.
 * Items keep their order.
 */
function layoutEdition(masthead, items) {
    const content = truncate(`**${masthead.headline}**\n${masthead.body}`, exports.DISCORD_LIMITS.content);
    const messages = [{ content, embeds: [] }];
    let current = messages[0];
    let currentLength = 0;
    for (const item of items) {
        const embed = pressEmbed(item);
        const length = embedLength(embed);
        const embeds = current.embeds ?? [];
        const isFull = embeds.length >= exports.DISCORD_LIMITS.embedsPerMessage ||
            currentLength + length > exports.DISCORD_LIMITS.embedsTotal;
        if (isFull) {
            current = { embeds: [] };
            messages.push(current);
            currentLength = 0;
        }
        current.embeds.push(embed);
        currentLength += length;
    }
    return messages;
}
//# sourceMappingURL=gazette-layout.js.map