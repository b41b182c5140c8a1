"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkMessageBody = checkMessageBody;
exports.replyFromBody = replyFromBody;
const discord_js_1 = require("discord.js");
const sandbox_http_1 = require("./sandbox-http");
const sandbox_limits_1 = require("./sandbox-limits");
const sandbox_mentions_1 = require("./sandbox-mentions");
/** Rejects a message body the way Discord does: 50035 for broken limits, 50006 when it shows nothing. */
function checkMessageBody(body, options) {
    const errors = (0, sandbox_limits_1.validateMessageBody)(body);
    if (errors) {
        throw sandbox_http_1.RestError.invalidFormBody(errors);
    }
    if (!options.allowEmpty && (0, sandbox_limits_1.isEmptyMessage)(body, options.fileCount)) {
        throw new sandbox_http_1.RestError(400, 50006, 'Cannot send an empty message');
    }
}
/**
 * Builds the visible reply from a message body. For an edit, `previous` supplies every field the
 * body leaves out, since a PATCH changes only the fields it sends.
 */
function replyFromBody(body, previous) {
    const content = 'content' in body
        ? typeof body.content === 'string'
            ? body.content
            : ''
        : (previous?.content ?? '');
    const allowedMentions = 'allowed_mentions' in body ? body.allowed_mentions : previous?.allowedMentions;
    // The ephemeral flag is fixed when the message is created, so an edit keeps the earlier flags.
    const flags = previous ? previous.flags : Number(body.flags ?? 0);
    return {
        content,
        embeds: 'embeds' in body ? (body.embeds ?? []) : (previous?.embeds ?? []),
        components: 'components' in body ? (body.components ?? []) : (previous?.components ?? []),
        flags,
        ephemeral: (flags & discord_js_1.MessageFlags.Ephemeral) !== 0,
        allowedMentions,
        mentions: (0, sandbox_mentions_1.computeMentions)(content, allowedMentions),
    };
}
//# sourceMappingURL=sandbox-replies.js.map