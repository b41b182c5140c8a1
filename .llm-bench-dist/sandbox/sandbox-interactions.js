"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InteractionRegistry = void 0;
const node_crypto_1 = require("node:crypto");
const node_perf_hooks_1 = require("node:perf_hooks");
const discord_js_1 = require("discord.js");
const sandbox_http_1 = require("./sandbox-http");
const sandbox_limits_1 = require("./sandbox-limits");
const sandbox_replies_1 = require("./sandbox-replies");
/** Discord keeps an interaction token usable for 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;
/** Interactions kept for follow-ups; the oldest are forgotten beyond this, bounding memory in benchmarks. */
const MAX_TRACKED_INTERACTIONS = 50_000;
class Deferred {
    promise;
    settled = false;
    resolve;
    reject;
    constructor() {
        this.promise = new Promise((resolve, reject) => {
            this.resolve = (value) => {
                this.settled = true;
                resolve(value);
            };
            this.reject = (error) => {
                this.settled = true;
                reject(error);
            };
        });
        // A caller may never await this promise, so its rejection must not count as unhandled.
        this.promise.catch(() => undefined);
    }
}
/** Tracks interactions from dispatch to callbacks, edits and follow-ups, with Discord's rules and errors. */
class InteractionRegistry {
    deadlineMs;
    nextId;
    toMessagePayload;
    byToken = new Map();
    constructor(deadlineMs, nextId, toMessagePayload) {
        this.deadlineMs = deadlineMs;
        this.nextId = nextId;
        this.toMessagePayload = toMessagePayload;
    }
    create(type, guildId, channelId, userId) {
        const record = {
            id: this.nextId(),
            token: `sandbox.${(0, node_crypto_1.randomBytes)(24).toString('base64url')}`,
            type,
            guildId,
            channelId,
            userId,
            dispatchedAt: node_perf_hooks_1.performance.now(),
            createdAtMs: Date.now(),
            followUps: [],
            acknowledged: new Deferred(),
            visibleReply: new Deferred(),
            choices: new Deferred(),
        };
        record.deadlineTimer = setTimeout(() => this.expire(record), this.deadlineMs);
        record.deadlineTimer.unref();
        this.byToken.set(record.token, record);
        this.forgetOldest();
        return record;
    }
    /** Handles `POST /interactions/:id/:token/callback`. */
    handleCallback(input) {
        const record = this.byToken.get(input.token);
        if (!record || record.id !== input.id) {
            throw sandbox_http_1.RestError.notFound('interaction', 10062);
        }
        if (record.callback) {
            throw new sandbox_http_1.RestError(400, 40060, 'Interaction has already been acknowledged.');
        }
        if (Date.now() - record.createdAtMs > this.deadlineMs) {
            throw sandbox_http_1.RestError.notFound('interaction', 10062);
        }
        const type = Number(input.body.type);
        const data = (input.body.data ?? {});
        this.applyCallback(record, type, data, input.files);
        record.callback = { type, receivedAt: node_perf_hooks_1.performance.now() };
        clearTimeout(record.deadlineTimer);
        record.acknowledged.resolve(record.callback);
        return input.withResponse
            ? { status: 200, body: this.callbackResponse(record, type) }
            : { status: 204 };
    }
    applyCallback(record, type, data, files) {
        const isAutocomplete = record.type === discord_js_1.InteractionType.ApplicationCommandAutocomplete;
        if (isAutocomplete !==
            (type === discord_js_1.InteractionResponseType.ApplicationCommandAutocompleteResult)) {
            throw new sandbox_http_1.RestError(400, 50035, 'Invalid Form Body', {
                type: {
                    _errors: [
                        {
                            code: 'INTERACTION_RESPONSE_TYPE_INVALID',
                            message: `Type ${type} is not valid here.`,
                        },
                    ],
                },
            });
        }
        switch (type) {
            case discord_js_1.InteractionResponseType.ChannelMessageWithSource:
            case discord_js_1.InteractionResponseType.UpdateMessage: {
                (0, sandbox_replies_1.checkMessageBody)(data, { fileCount: files.length, allowEmpty: false });
                record.original = this.newReply((0, sandbox_replies_1.replyFromBody)(data), files);
                record.visibleReply.resolve(record.original.reply);
                break;
            }
            case discord_js_1.InteractionResponseType.DeferredChannelMessageWithSource:
            case discord_js_1.InteractionResponseType.DeferredMessageUpdate:
                // The placeholder becomes the visible reply at its first edit.
                record.original = this.newReply((0, sandbox_replies_1.replyFromBody)({ content: '', flags: data.flags ?? 0 }), []);
                break;
            case discord_js_1.InteractionResponseType.ApplicationCommandAutocompleteResult: {
                const errors = (0, sandbox_limits_1.validateAutocompleteChoices)(data.choices);
                if (errors) {
                    throw sandbox_http_1.RestError.invalidFormBody(errors);
                }
                record.choices.resolve((data.choices ?? []));
                break;
            }
            case discord_js_1.InteractionResponseType.Modal:
                break;
            default:
                throw new sandbox_http_1.RestError(400, 50035, 'Invalid Form Body', {
                    type: {
                        _errors: [
                            { code: 'BASE_TYPE_CHOICES', message: `Value ${type} is not a valid response type.` },
                        ],
                    },
                });
        }
    }
    callbackResponse(record, type) {
        const original = record.original;
        return {
            interaction: {
                id: record.id,
                type: record.type,
                activity_instance_id: null,
                response_message_id: original?.id ?? null,
                response_message_loading: type === discord_js_1.InteractionResponseType.DeferredChannelMessageWithSource,
                response_message_ephemeral: original?.reply.ephemeral ?? false,
            },
            resource: {
                type,
                ...(original ? { message: this.toMessagePayload(record, original) } : {}),
            },
        };
    }
    /** Finds the interaction behind a webhook token, checking the 15-minute token lifetime. */
    findByWebhookToken(token) {
        const record = this.byToken.get(token);
        if (!record) {
            throw sandbox_http_1.RestError.notFound('Webhook', 10015);
        }
        if (Date.now() - record.createdAtMs > TOKEN_LIFETIME_MS) {
            throw new sandbox_http_1.RestError(401, 50027, 'Invalid Webhook Token');
        }
        return record;
    }
    findReply(record, messageId) {
        const reply = messageId === '@original'
            ? record.original
            : messageId === record.original?.id
                ? record.original
                : record.followUps.find((followUp) => followUp.id === messageId);
        if (!reply) {
            throw sandbox_http_1.RestError.notFound('Message', 10008);
        }
        return reply;
    }
    editReply(record, messageId, body, files) {
        const target = this.findReply(record, messageId);
        (0, sandbox_replies_1.checkMessageBody)(body, { fileCount: files.length, allowEmpty: true });
        target.reply = (0, sandbox_replies_1.replyFromBody)(body, target.reply);
        target.editedAt = Date.now();
        if (files.length > 0) {
            target.attachments = files;
        }
        if (target === record.original && !record.visibleReply.settled) {
            record.visibleReply.resolve(target.reply);
        }
        return target;
    }
    deleteReply(record, messageId) {
        const target = this.findReply(record, messageId);
        if (target === record.original) {
            record.original = undefined;
        }
        else {
            record.followUps.splice(record.followUps.indexOf(target), 1);
        }
    }
    addFollowUp(record, body, files) {
        if (!record.callback) {
            throw sandbox_http_1.RestError.notFound('Webhook', 10015);
        }
        (0, sandbox_replies_1.checkMessageBody)(body, { fileCount: files.length, allowEmpty: false });
        const followUp = this.newReply((0, sandbox_replies_1.replyFromBody)(body), files);
        record.followUps.push(followUp);
        return followUp;
    }
    /** Rejects the waiting promises of every interaction that is still open, as the sandbox stops. */
    closeAll() {
        for (const record of this.byToken.values()) {
            clearTimeout(record.deadlineTimer);
            this.expire(record);
        }
        this.byToken.clear();
    }
    expire(record) {
        const error = new Error(`Interaction ${record.id} got no callback within ${this.deadlineMs} ms.`);
        if (!record.acknowledged.settled) {
            record.acknowledged.reject(error);
        }
        if (!record.choices.settled && record.type === discord_js_1.InteractionType.ApplicationCommandAutocomplete) {
            record.choices.reject(error);
        }
    }
    newReply(reply, files) {
        return { id: this.nextId(), reply, attachments: files, createdAt: Date.now() };
    }
    forgetOldest() {
        if (this.byToken.size <= MAX_TRACKED_INTERACTIONS) {
            return;
        }
        const oldest = this.byToken.values().next().value;
        if (oldest) {
            clearTimeout(oldest.deadlineTimer);
            this.byToken.delete(oldest.token);
        }
    }
}
exports.InteractionRegistry = InteractionRegistry;
//# sourceMappingURL=sandbox-interactions.js.map