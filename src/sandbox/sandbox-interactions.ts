import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { InteractionResponseType, InteractionType } from 'discord.js';
import { RestError, type SandboxResponse } from './sandbox-http';
import { validateAutocompleteChoices } from './sandbox-limits';
import type { ApiObject } from './sandbox-payloads';
import { checkMessageBody, replyFromBody, type ReplyRecord } from './sandbox-replies';
import type {
  AutocompleteChoice,
  CallbackRecord,
  SandboxAttachment,
  SandboxReply,
} from './sandbox-types';

/** Discord keeps an interaction token usable for 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/** Interactions kept for follow-ups; the oldest are forgotten beyond this, bounding memory in benchmarks. */
const MAX_TRACKED_INTERACTIONS = 50_000;

class Deferred<T> {
  readonly promise: Promise<T>;
  settled = false;
  resolve!: (value: T) => void;
  reject!: (error: Error) => void;

  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
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

export interface InteractionRecord {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string;
  guildId: string;
  userId: string;
  dispatchedAt: number;
  createdAtMs: number;
  callback?: CallbackRecord;
  original?: ReplyRecord;
  followUps: ReplyRecord[];
  acknowledged: Deferred<CallbackRecord>;
  visibleReply: Deferred<SandboxReply>;
  choices: Deferred<AutocompleteChoice[]>;
  deadlineTimer?: NodeJS.Timeout;
}

export interface CallbackInput {
  id: string;
  token: string;
  body: Record<string, unknown>;
  files: SandboxAttachment[];
  withResponse: boolean;
}

/** Tracks interactions from dispatch to callbacks, edits and follow-ups, with Discord's rules and errors. */
export class InteractionRegistry {
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly deadlineMs: number,
    private readonly nextId: () => string,
    private readonly toMessagePayload: (record: InteractionRecord, reply: ReplyRecord) => ApiObject,
  ) {}

  create(
    type: InteractionType,
    guildId: string,
    channelId: string,
    userId: string,
  ): InteractionRecord {
    const record: InteractionRecord = {
      id: this.nextId(),
      token: `sandbox.${randomBytes(24).toString('base64url')}`,
      type,
      guildId,
      channelId,
      userId,
      dispatchedAt: performance.now(),
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
  handleCallback(input: CallbackInput): SandboxResponse {
    const record = this.byToken.get(input.token);
    if (!record || record.id !== input.id) {
      throw RestError.notFound('interaction', 10062);
    }
    if (record.callback) {
      throw new RestError(400, 40060, 'Interaction has already been acknowledged.');
    }
    if (Date.now() - record.createdAtMs > this.deadlineMs) {
      throw RestError.notFound('interaction', 10062);
    }

    const type = Number(input.body.type) as InteractionResponseType;
    const data = (input.body.data ?? {}) as Record<string, unknown>;
    this.applyCallback(record, type, data, input.files);
    record.callback = { type, receivedAt: performance.now() };
    clearTimeout(record.deadlineTimer);
    record.acknowledged.resolve(record.callback);

    return input.withResponse
      ? { status: 200, body: this.callbackResponse(record, type) }
      : { status: 204 };
  }

  private applyCallback(
    record: InteractionRecord,
    type: InteractionResponseType,
    data: Record<string, unknown>,
    files: SandboxAttachment[],
  ): void {
    const isAutocomplete = record.type === InteractionType.ApplicationCommandAutocomplete;
    if (
      isAutocomplete !==
      (type === InteractionResponseType.ApplicationCommandAutocompleteResult)
    ) {
      throw new RestError(400, 50035, 'Invalid Form Body', {
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
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.UpdateMessage: {
        checkMessageBody(data, { fileCount: files.length, allowEmpty: false });
        record.original = this.newReply(replyFromBody(data), files);
        record.visibleReply.resolve(record.original.reply);
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource:
      case InteractionResponseType.DeferredMessageUpdate:
        // The placeholder becomes the visible reply at its first edit.
        record.original = this.newReply(replyFromBody({ content: '', flags: data.flags ?? 0 }), []);
        break;
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const errors = validateAutocompleteChoices(data.choices);
        if (errors) {
          throw RestError.invalidFormBody(errors);
        }
        record.choices.resolve((data.choices ?? []) as AutocompleteChoice[]);
        break;
      }
      case InteractionResponseType.Modal:
        break;
      default:
        throw new RestError(400, 50035, 'Invalid Form Body', {
          type: {
            _errors: [
              { code: 'BASE_TYPE_CHOICES', message: `Value ${type} is not a valid response type.` },
            ],
          },
        });
    }
  }

  private callbackResponse(record: InteractionRecord, type: InteractionResponseType): ApiObject {
    const original = record.original;

    return {
      interaction: {
        id: record.id,
        type: record.type,
        activity_instance_id: null,
        response_message_id: original?.id ?? null,
        response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
        response_message_ephemeral: original?.reply.ephemeral ?? false,
      },
      resource: {
        type,
        ...(original ? { message: this.toMessagePayload(record, original) } : {}),
      },
    };
  }

  /** Finds the interaction behind a webhook token, checking the 15-minute token lifetime. */
  findByWebhookToken(token: string): InteractionRecord {
    const record = this.byToken.get(token);
    if (!record) {
      throw RestError.notFound('Webhook', 10015);
    }
    if (Date.now() - record.createdAtMs > TOKEN_LIFETIME_MS) {
      throw new RestError(401, 50027, 'Invalid Webhook Token');
    }

    return record;
  }

  findReply(record: InteractionRecord, messageId: string): ReplyRecord {
    const reply =
      messageId === '@original'
        ? record.original
        : messageId === record.original?.id
          ? record.original
          : record.followUps.find((followUp) => followUp.id === messageId);
    if (!reply) {
      throw RestError.notFound('Message', 10008);
    }

    return reply;
  }

  editReply(
    record: InteractionRecord,
    messageId: string,
    body: Record<string, unknown>,
    files: SandboxAttachment[],
  ): ReplyRecord {
    const target = this.findReply(record, messageId);
    checkMessageBody(body, { fileCount: files.length, allowEmpty: true });
    target.reply = replyFromBody(body, target.reply);
    target.editedAt = Date.now();
    if (files.length > 0) {
      target.attachments = files;
    }
    if (target === record.original && !record.visibleReply.settled) {
      record.visibleReply.resolve(target.reply);
    }

    return target;
  }

  deleteReply(record: InteractionRecord, messageId: string): void {
    const target = this.findReply(record, messageId);
    if (target === record.original) {
      record.original = undefined;
    } else {
      record.followUps.splice(record.followUps.indexOf(target), 1);
    }
  }

  addFollowUp(
    record: InteractionRecord,
    body: Record<string, unknown>,
    files: SandboxAttachment[],
  ): ReplyRecord {
    if (!record.callback) {
      throw RestError.notFound('Webhook', 10015);
    }
    checkMessageBody(body, { fileCount: files.length, allowEmpty: false });
    const followUp = this.newReply(replyFromBody(body), files);
    record.followUps.push(followUp);

    return followUp;
  }

  /** Rejects the waiting promises of every interaction that is still open, as the sandbox stops. */
  closeAll(): void {
    for (const record of this.byToken.values()) {
      clearTimeout(record.deadlineTimer);
      this.expire(record);
    }
    this.byToken.clear();
  }

  private expire(record: InteractionRecord): void {
    const error = new Error(
      `Interaction ${record.id} got no callback within ${this.deadlineMs} ms.`,
    );
    if (!record.acknowledged.settled) {
      record.acknowledged.reject(error);
    }
    if (!record.choices.settled && record.type === InteractionType.ApplicationCommandAutocomplete) {
      record.choices.reject(error);
    }
  }

  private newReply(reply: SandboxReply, files: SandboxAttachment[]): ReplyRecord {
    return { id: this.nextId(), reply, attachments: files, createdAt: Date.now() };
  }

  private forgetOldest(): void {
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
