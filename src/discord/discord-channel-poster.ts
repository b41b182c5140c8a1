import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import { Client, Events, Routes, type APIMessage } from 'discord.js';
import type { ChannelPoster, OutgoingMessage } from '../gazette/outgoing-message';

/** Milliseconds a post waits for the client to log in before it fails and is retried later. */
const READY_TIMEOUT_MS = 30_000;

/** Posts Gazette messages through discord.js's REST client, which obeys Discord's rate limits. */
@Injectable()
export class DiscordChannelPoster implements ChannelPoster {
  constructor(private readonly client: Client) {}

  async post(channelId: string, message: OutgoingMessage, nonce: string): Promise<string> {
    await this.waitUntilReady();
    const created = (await this.client.rest.post(Routes.channelMessages(channelId), {
      body: {
        content: message.content,
        embeds: message.embeds,
        allowed_mentions: { parse: [] },
        // With enforce_nonce Discord returns the earlier message for a repeated nonce, so a
        // retry after a crash between send and save does not post twice.
        nonce,
        enforce_nonce: true,
      },
    })) as APIMessage;

    return created.id;
  }

  /** Waits for the first login, which also gives the REST client its token. */
  private async waitUntilReady(): Promise<void> {
    if (this.client.isReady()) {
      return;
    }
    await once(this.client, Events.ClientReady, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
  }
}
