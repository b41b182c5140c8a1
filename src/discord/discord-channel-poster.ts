import { Injectable } from '@nestjs/common';
import { Client, Routes, type APIMessage } from 'discord.js';
import type { ChannelPoster, OutgoingMessage } from '../gazette/outgoing-message';

/** Posts Gazette messages through discord.js's REST client, which obeys Discord's rate limits. */
@Injectable()
export class DiscordChannelPoster implements ChannelPoster {
  constructor(private readonly client: Client) {}

  async post(channelId: string, message: OutgoingMessage, nonce: string): Promise<string> {
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
}
