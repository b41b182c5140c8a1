"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChannelMessages = void 0;
const sandbox_http_1 = require("./sandbox-http");
const sandbox_mentions_1 = require("./sandbox-mentions");
const sandbox_payloads_1 = require("./sandbox-payloads");
const sandbox_replies_1 = require("./sandbox-replies");
/** Discord remembers an enforced nonce for a few minutes, so the sandbox keeps it for five. */
const NONCE_MEMORY_MS = 5 * 60 * 1000;
/** Posts, edits and deletes channel messages with Discord's validation and nonce rules. */
class ChannelMessages {
    store;
    attachmentBaseUrl;
    onCreate;
    nonces = new Map();
    constructor(store, attachmentBaseUrl, onCreate) {
        this.store = store;
        this.attachmentBaseUrl = attachmentBaseUrl;
        this.onCreate = onCreate;
    }
    /**
     * Stores a message posted by the bot. With `enforce_nonce: true`, a nonce already used in the
     * channel within five minutes returns the earlier message and stores nothing, as Discord does.
     */
    post(channelId, body, files) {
        const channel = this.store.channels.get(channelId);
        if (!channel) {
            throw sandbox_http_1.RestError.notFound('Channel', 10003);
        }
        (0, sandbox_replies_1.checkMessageBody)(body, { fileCount: files.length, allowEmpty: false });
        const nonce = body.nonce;
        const nonceKey = nonce !== undefined && body.enforce_nonce === true ? `${channelId}:${nonce}` : undefined;
        const earlier = nonceKey ? this.nonces.get(nonceKey) : undefined;
        if (earlier && Date.now() - earlier.at < NONCE_MEMORY_MS) {
            return earlier.message;
        }
        const content = typeof body.content === 'string' ? body.content : '';
        const message = {
            id: this.store.snowflakes.next(),
            channelId,
            guildId: channel.guildId,
            authorId: this.store.botUser.id,
            content,
            embeds: (body.embeds ?? []),
            attachments: files,
            mentions: (0, sandbox_mentions_1.computeMentions)(content, body.allowed_mentions, this.repliedUserId(body)),
            ...(nonce !== undefined ? { nonce } : {}),
            createdAt: Date.now(),
            components: (body.components ?? []),
            flags: Number(body.flags ?? 0),
        };
        this.store.storeMessage(message);
        if (nonceKey) {
            this.rememberNonce(nonceKey, message);
        }
        this.onCreate(message);
        return message;
    }
    edit(channelId, messageId, body) {
        const message = this.findOrFail(channelId, messageId);
        (0, sandbox_replies_1.checkMessageBody)(body, { fileCount: 0, allowEmpty: true });
        if ('content' in body) {
            message.content = typeof body.content === 'string' ? body.content : '';
        }
        if ('embeds' in body) {
            message.embeds = (body.embeds ?? []);
        }
        if ('components' in body) {
            message.components = (body.components ?? []);
        }
        message.mentions = (0, sandbox_mentions_1.computeMentions)(message.content, body.allowed_mentions);
        message.editedAt = Date.now();
        return message;
    }
    delete(channelId, messageId) {
        this.store.deleteMessage(this.findOrFail(channelId, messageId));
    }
    findOrFail(channelId, messageId) {
        const message = this.store.messages.get(messageId);
        if (!message || message.channelId !== channelId) {
            throw sandbox_http_1.RestError.notFound('Message', 10008);
        }
        return message;
    }
    toPayload(message) {
        return (0, sandbox_payloads_1.messagePayload)({
            id: message.id,
            type: 0,
            channelId: message.channelId,
            guildId: message.guildId,
            author: (0, sandbox_payloads_1.userPayload)(this.store.botUser, true),
            content: message.content,
            embeds: message.embeds,
            components: message.components,
            attachments: message.attachments,
            flags: message.flags,
            mentions: message.mentions,
            mentionedUsers: this.mentionedUserPayloads(message.mentions),
            createdAt: message.createdAt,
            editedAt: message.editedAt,
            nonce: message.nonce,
            attachmentBaseUrl: this.attachmentBaseUrl(),
        });
    }
    /** User objects for the `mentions` array; discord.js caches each one. */
    mentionedUserPayloads(mentions) {
        return mentions.users.map((id) => {
            const user = this.store.users.get(id) ?? {
                id,
                username: `user-${id}`,
                globalName: `user-${id}`,
            };
            return (0, sandbox_payloads_1.userPayload)(user, id === this.store.botUser.id);
        });
    }
    repliedUserId(body) {
        const reference = body.message_reference;
        return reference?.message_id
            ? this.store.messages.get(reference.message_id)?.authorId
            : undefined;
    }
    rememberNonce(key, message) {
        const now = Date.now();
        if (this.nonces.size > 10_000) {
            for (const [oldKey, entry] of this.nonces) {
                if (now - entry.at >= NONCE_MEMORY_MS) {
                    this.nonces.delete(oldKey);
                }
            }
        }
        this.nonces.set(key, { message, at: now });
    }
}
exports.ChannelMessages = ChannelMessages;
//# sourceMappingURL=sandbox-channel-messages.js.map