"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_MENTIONS = exports.DEFER_AFTER_MS = void 0;
exports.replyInTime = replyInTime;
exports.sendReply = sendReply;
const discord_js_1 = require("discord.js");
/**
 * Milliseconds after which a command that has not replied yet defers its reply. Discord drops
 * an interaction that is not acknowledged within 3 seconds; deferring well before leaves room
 * for a slow REST round trip.
 */
exports.DEFER_AFTER_MS = 1200;
/** Mentions are never parsed from our messages: player text must not ping anyone. */
exports.NO_MENTIONS = { parse: [], repliedUser: false };
const deferrals = new WeakMap();
/**
 * Builds a reply and sends it. A fast build answers with one callback; a build still running
 * after `DEFER_AFTER_MS` defers first and edits the reply when done, so the interaction never
 * misses Discord's deadline.
 */
async function replyInTime(interaction, build, options) {
    const timer = setTimeout(() => {
        deferrals.set(interaction, {
            done: deferOnce(interaction, options.ephemeral),
            isEphemeral: options.ephemeral,
        });
    }, exports.DEFER_AFTER_MS);
    let content;
    try {
        content = await build();
    }
    finally {
        clearTimeout(timer);
    }
    await sendReply(interaction, content, options.ephemeral);
}
/**
 * Sends a reply, or edits the deferred one. Waits for a defer that is still in flight so the two
 * callbacks never race. An ephemeral reply after a public defer removes the public placeholder
 * and follows up privately, so an error never shows in the channel.
 */
async function sendReply(interaction, content, ephemeral) {
    const deferral = deferrals.get(interaction);
    await deferral?.done;
    const message = { ...content, allowedMentions: exports.NO_MENTIONS };
    if (interaction.deferred || interaction.replied) {
        if (ephemeral && deferral && !deferral.isEphemeral) {
            await interaction.deleteReply().catch(() => undefined);
            await interaction.followUp({ ...message, flags: discord_js_1.MessageFlags.Ephemeral });
            return;
        }
        await interaction.editReply(message);
        return;
    }
    const reply = message;
    if (ephemeral) {
        reply.flags = discord_js_1.MessageFlags.Ephemeral;
    }
    await interaction.reply(reply);
}
function deferOnce(interaction, ephemeral) {
    if (interaction.deferred || interaction.replied) {
        return Promise.resolve();
    }
    return interaction
        .deferReply(ephemeral ? { flags: discord_js_1.MessageFlags.Ephemeral } : {})
        .catch(() => undefined);
}
//# sourceMappingURL=interaction-reply.js.map