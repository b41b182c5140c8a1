import { RestError } from './sandbox-http';
import { computeMentions, type AllowedMentions } from './sandbox-mentions';
import { messagePayload, userPayload, type ApiObject } from './sandbox-payloads';
import { checkMessageBody } from './sandbox-replies';
import type { SandboxStore, StoredMessage } from './sandbox-store';
import type { MentionResult, SandboxAttachment } from './sandbox-types';

/** Discord remembers an enforced nonce for a few minutes, so the sandbox keeps it for five. */
const NONCE_MEMORY_MS = 5 * 60 * 1000;

/** Posts, edits and deletes channel messages with Discord's validation and nonce rules. */
export class ChannelMessages {
  private readonly nonces = new Map<string, { message: StoredMessage; at: number }>();

  constructor(
    private readonly store: SandboxStore,
    private readonly attachmentBaseUrl: () => string,
    private readonly onCreate: (message: StoredMessage) => void,
  ) {}

  /**
   * Stores a message posted by the bot. With `enforce_nonce: true`, a nonce already used in the
   * channel within five minutes returns the earlier message and stores nothing, as Discord does.
   */
  post(
    channelId: string,
    body: Record<string, unknown>,
    files: SandboxAttachment[],
  ): StoredMessage {
    const channel = this.store.channels.get(channelId);
    if (!channel) {
      throw RestError.notFound('Channel', 10003);
    }
    checkMessageBody(body, { fileCount: files.length, allowEmpty: false });

    const nonce = body.nonce as string | number | undefined;
    const nonceKey =
      nonce !== undefined && body.enforce_nonce === true ? `${channelId}:${nonce}` : undefined;
    const earlier = nonceKey ? this.nonces.get(nonceKey) : undefined;
    if (earlier && Date.now() - earlier.at < NONCE_MEMORY_MS) {
      return earlier.message;
    }

    const content = typeof body.content === 'string' ? body.content : '';
    const message: StoredMessage = {
      id: this.store.snowflakes.next(),
      channelId,
      guildId: channel.guildId,
      authorId: this.store.botUser.id,
      content,
      embeds: (body.embeds ?? []) as unknown[],
      attachments: files,
      mentions: computeMentions(
        content,
        body.allowed_mentions as AllowedMentions | undefined,
        this.repliedUserId(body),
      ),
      ...(nonce !== undefined ? { nonce } : {}),
      createdAt: Date.now(),
      components: (body.components ?? []) as unknown[],
      flags: Number(body.flags ?? 0),
    };
    this.store.storeMessage(message);
    if (nonceKey) {
      this.rememberNonce(nonceKey, message);
    }
    this.onCreate(message);

    return message;
  }

  edit(channelId: string, messageId: string, body: Record<string, unknown>): StoredMessage {
    const message = this.findOrFail(channelId, messageId);
    checkMessageBody(body, { fileCount: 0, allowEmpty: true });
    if ('content' in body) {
      message.content = typeof body.content === 'string' ? body.content : '';
    }
    if ('embeds' in body) {
      message.embeds = (body.embeds ?? []) as unknown[];
    }
    if ('components' in body) {
      message.components = (body.components ?? []) as unknown[];
    }
    message.mentions = computeMentions(
      message.content,
      body.allowed_mentions as AllowedMentions | undefined,
    );
    message.editedAt = Date.now();

    return message;
  }

  delete(channelId: string, messageId: string): void {
    this.store.deleteMessage(this.findOrFail(channelId, messageId));
  }

  findOrFail(channelId: string, messageId: string): StoredMessage {
    const message = this.store.messages.get(messageId);
    if (!message || message.channelId !== channelId) {
      throw RestError.notFound('Message', 10008);
    }

    return message;
  }

  toPayload(message: StoredMessage): ApiObject {
    return messagePayload({
      id: message.id,
      type: 0,
      channelId: message.channelId,
      guildId: message.guildId,
      author: userPayload(this.store.botUser, true),
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
  mentionedUserPayloads(mentions: MentionResult): ApiObject[] {
    return mentions.users.map((id) => {
      const user = this.store.users.get(id) ?? {
        id,
        username: `user-${id}`,
        globalName: `user-${id}`,
      };

      return userPayload(user, id === this.store.botUser.id);
    });
  }

  private repliedUserId(body: Record<string, unknown>): string | undefined {
    const reference = body.message_reference as { message_id?: string } | undefined;

    return reference?.message_id
      ? this.store.messages.get(reference.message_id)?.authorId
      : undefined;
  }

  private rememberNonce(key: string, message: StoredMessage): void {
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
