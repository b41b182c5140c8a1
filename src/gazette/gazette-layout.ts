import type { PressText } from '../narration/narrator';
import { truncateText } from '../narration/template-text';
import type { OutgoingEmbed, OutgoingMessage } from './outgoing-message';
import { PRESS_TYPE_LABELS, type PressType } from './press-release.entity';

/** Discord's message limits (API v10). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedsTotal: 6000,
} as const;

/** Embed colour per press type, so readers can scan an edition by kind. */
const PRESS_COLOURS: Record<PressType, number> = {
  academic_bulletin: 0x2f5d8a,
  research_manifesto: 0x6b4f9e,
  discovery_report: 0x2e8b57,
  retraction_notice: 0xa83232,
  academic_gossip: 0xc7922b,
  poaching_wire: 0x8a5a2f,
  defection_notice: 0x7a1f3d,
  symposium_call: 0x3f7f7f,
  symposium_result: 0x3f7f7f,
  years_turn: 0x555555,
  gazette_note: 0x777777,
};

/** The fields of a press release that an edition prints. */
export interface PressItem {
  number: number;
  type: PressType;
  headline: string;
  body: string;
  year: number;
}

/** Characters of an embed that count toward Discord's 6,000 per-message total. */
export function embedLength(embed: OutgoingEmbed): number {
  const fields = (embed.fields ?? []).reduce(
    (sum, field) => sum + field.name.length + field.value.length,
    0,
  );

  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    fields
  );
}

/** Renders one press release as an embed within Discord's per-embed limits. */
export function pressEmbed(item: PressItem): OutgoingEmbed {
  return {
    title: truncateText(`No. ${item.number} · ${item.headline}`, DISCORD_LIMITS.embedTitle),
    description: truncateText(item.body, DISCORD_LIMITS.embedDescription),
    color: PRESS_COLOURS[item.type],
    footer: { text: `${PRESS_TYPE_LABELS[item.type]} · Year ${item.year}` },
  };
}

/**
 * Lays out an edition as Discord messages: the masthead as the first message's content, then
 * every item as an embed, grouped so no message exceeds 10 embeds or 6,000 embed characters.
 * Items keep their order.
 */
export function layoutEdition(masthead: PressText, items: PressItem[]): OutgoingMessage[] {
  const content = truncateText(
    `**${masthead.headline}**\n${masthead.body}`,
    DISCORD_LIMITS.content,
  );
  const messages: OutgoingMessage[] = [{ content, embeds: [] }];
  let current = messages[0];
  let currentLength = 0;

  for (const item of items) {
    const embed = pressEmbed(item);
    const length = embedLength(embed);
    const embeds = current.embeds ?? [];
    const isFull =
      embeds.length >= DISCORD_LIMITS.embedsPerMessage ||
      currentLength + length > DISCORD_LIMITS.embedsTotal;
    if (isFull) {
      current = { embeds: [] };
      messages.push(current);
      currentLength = 0;
    }
    current.embeds!.push(embed);
    currentLength += length;
  }

  return messages;
}
