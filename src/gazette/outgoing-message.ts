/** An embed as plain data, shaped like Discord's embed object, so game code needs no Discord types. */
export interface OutgoingEmbed {
  title?: string;
  description?: string;
  color?: number;
  footer?: { text: string };
  fields?: { name: string; value: string; inline?: boolean }[];
  timestamp?: string;
}

/** A message for a Discord channel as plain data. Mentions are always disabled when it is sent. */
export interface OutgoingMessage {
  content?: string;
  embeds?: OutgoingEmbed[];
}

/** Injection token for the port that sends messages to channels (Discord in production). */
export const CHANNEL_POSTER = Symbol('CHANNEL_POSTER');

/** Sends one message to a channel and returns the id Discord gave it. */
export interface ChannelPoster {
  post(channelId: string, message: OutgoingMessage, nonce: string): Promise<string>;
}
