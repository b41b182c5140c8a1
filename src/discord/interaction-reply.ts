import {
  MessageFlags,
  type APIEmbed,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
} from 'discord.js';
import { truncateText } from '../narration/template-text';

/**
 * Milliseconds after which a command that has not replied yet defers its reply. Discord drops
 * an interaction that is not acknowledged within 3 seconds; deferring well before leaves room
 * for a slow REST round trip.
 */
export const DEFER_AFTER_MS = 1200;

/** Characters Discord accepts in a message's text content. */
const MAX_CONTENT_LENGTH = 2000;

/** Mentions are never parsed from our messages: player text must not ping anyone. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** A reply as plain data; the helpers add flags and the mention policy. */
export interface ReplyContent {
  content?: string;
  embeds?: APIEmbed[];
}

/** A defer in flight or done, and whether it made the reply ephemeral. */
interface Deferral {
  done: Promise<unknown>;
  isEphemeral: boolean;
}

const deferrals = new WeakMap<ChatInputCommandInteraction, Deferral>();

/**
 * Builds a reply and sends it. A fast build answers with one callback; a build still running
 * after `DEFER_AFTER_MS` defers first and edits the reply when done, so the interaction never
 * misses Discord's deadline.
 */
export async function replyInTime(
  interaction: ChatInputCommandInteraction,
  build: () => Promise<ReplyContent>,
  options: { ephemeral: boolean },
): Promise<void> {
  const timer = setTimeout(() => {
    deferrals.set(interaction, {
      done: deferOnce(interaction, options.ephemeral),
      isEphemeral: options.ephemeral,
    });
  }, DEFER_AFTER_MS);
  let content: ReplyContent;
  try {
    content = await build();
  } finally {
    clearTimeout(timer);
  }
  await sendReply(interaction, content, options.ephemeral);
}

/**
 * Sends a reply, or edits the deferred one. Waits for a defer that is still in flight so the two
 * callbacks never race. An ephemeral reply after a public defer removes the public placeholder
 * and follows up privately, so an error never shows in the channel.
 */
export async function sendReply(
  interaction: ChatInputCommandInteraction,
  content: ReplyContent,
  ephemeral: boolean,
): Promise<void> {
  const deferral = deferrals.get(interaction);
  await deferral?.done;
  const message = { ...fitContent(content), allowedMentions: NO_MENTIONS };
  if (interaction.deferred || interaction.replied) {
    if (ephemeral && deferral && !deferral.isEphemeral) {
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.editReply(message);
    return;
  }
  const reply: InteractionReplyOptions = message;
  if (ephemeral) {
    reply.flags = MessageFlags.Ephemeral;
  }
  await interaction.reply(reply);
}

/**
 * Cuts the text content to Discord's 2,000 characters. An error that quotes a long option would
 * otherwise be refused by Discord and leave the player with no reply at all.
 */
export function fitContent(content: ReplyContent): ReplyContent {
  if (content.content === undefined || content.content.length <= MAX_CONTENT_LENGTH) {
    return content;
  }

  return { ...content, content: truncateText(content.content, MAX_CONTENT_LENGTH) };
}

function deferOnce(interaction: ChatInputCommandInteraction, ephemeral: boolean): Promise<unknown> {
  if (interaction.deferred || interaction.replied) {
    return Promise.resolve();
  }

  return interaction
    .deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})
    .catch(() => undefined);
}
