import type { AutocompleteChoice, SandboxMessage, SandboxReply } from '../sandbox/sandbox-types';

/** The parts of a Discord embed that the terminal client prints. */
interface EmbedView {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

/** Names for the ids in Discord markup, and the game time for relative timestamps. */
export interface MarkupContext {
  channelName(id: string): string | undefined;
  userName(id: string): string | undefined;
  now(): Date;
}

/** Columns of printed text when the output is not a terminal. */
export const DEFAULT_WIDTH = 100;

/** Renders a reply to an interaction, marking a private (ephemeral) one. */
export function renderReply(reply: SandboxReply, context: MarkupContext, width: number): string[] {
  const visibility = reply.ephemeral ? 'private reply, only you see it' : 'public reply';

  return [`[${visibility}]`, ...renderBody(reply.content, reply.embeds, context, width)];
}

/** Renders a message the bot posted to a channel. */
export function renderMessage(
  message: SandboxMessage,
  context: MarkupContext,
  width: number,
): string[] {
  return renderBody(message.content, message.embeds, context, width);
}

export function renderChoices(choices: AutocompleteChoice[], width: number): string[] {
  if (choices.length === 0) {
    return ['No suggestions.'];
  }

  return choices.flatMap((choice) => {
    const value = String(choice.value);
    const line = value === choice.name ? choice.name : `${choice.name}  =>  ${value}`;
    return wrap(line, '  ', width);
  });
}

function renderBody(
  content: string,
  embeds: unknown[],
  context: MarkupContext,
  width: number,
): string[] {
  const lines: string[] = [];
  if (content) {
    lines.push(...wrap(readable(content, context), '  ', width));
  }
  for (const embed of embeds as EmbedView[]) {
    if (embed.title) {
      lines.push(...wrap(readable(embed.title, context), '  ', width));
    }
    if (embed.description) {
      lines.push(...wrap(readable(embed.description, context), '    ', width));
    }
    for (const field of embed.fields ?? []) {
      const name = readable(field.name, context);
      const value = readable(field.value, context);
      if (value.includes('\n')) {
        lines.push(...wrap(`${name}:`, '    ', width), ...wrap(value, '      ', width));
      } else {
        lines.push(...wrap(`${name}: ${value}`, '    ', width));
      }
    }
    if (embed.footer?.text) {
      lines.push(...wrap(`-- ${readable(embed.footer.text, context)}`, '    ', width));
    }
  }

  return lines;
}

/** A backslash followed by one ASCII punctuation character. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * Marks an escaped character's index. U+E000 is a private-use code point, which Discord text
 * does not contain in practice; one typed into the text would be taken as a placeholder.
 */
const ESCAPE_PLACEHOLDER = '\uE000';
const ESCAPE_PLACEHOLDER_PATTERN = /\uE000(\d+)\uE000/g;

/**
 * Turns Discord markup into plain text: channel and user mentions become names, timestamps become
 * UTC times (relative ones also show their offset from the game clock), and bold, italic,
 * underline and code marks are dropped. A backslash before ASCII punctuation, as Discord's
 * markdown escapes write it, is removed and the character is kept as typed, so `\*` prints `*`.
 */
export function readable(text: string, context: MarkupContext): string {
  const escaped: string[] = [];
  // Escaped characters wait behind placeholders, so the mark removal below leaves them alone.
  const hidden = text.replace(MARKDOWN_ESCAPE, (_, char: string) => {
    escaped.push(char);
    return `${ESCAPE_PLACEHOLDER}${escaped.length - 1}${ESCAPE_PLACEHOLDER}`;
  });

  return stripMarkup(hidden, context).replace(
    ESCAPE_PLACEHOLDER_PATTERN,
    (_, index: string) => escaped[Number(index)],
  );
}

function stripMarkup(text: string, context: MarkupContext): string {
  return text
    .replace(/<#(\d+)>/g, (_, id: string) => `#${context.channelName(id) ?? id}`)
    .replace(/<@!?(\d+)>/g, (_, id: string) => `@${context.userName(id) ?? id}`)
    .replace(/<t:(-?\d+)(?::(\w))?>/g, (_, seconds: string, style?: string) =>
      formatTimestamp(new Date(Number(seconds) * 1000), style, context.now()),
    )
    .replace(/\*\*|__|`/g, '')
    .replace(/\*([^*\n]+)\*/g, '$1');
}

export function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function formatTimestamp(at: Date, style: string | undefined, now: Date): string {
  if (style !== 'R') {
    return formatUtc(at);
  }

  return `${formatUtc(at)} (${describeOffset(at.getTime() - now.getTime())})`;
}

/** Describes a time offset in the largest whole unit, as "in 3 hours" or "2 days ago". */
function describeOffset(milliseconds: number): string {
  const minutes = Math.round(Math.abs(milliseconds) / 60_000);
  let span = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  if (minutes >= 2 * 24 * 60) {
    span = `${Math.round(minutes / (24 * 60))} days`;
  } else if (minutes >= 120) {
    span = `${Math.round(minutes / 60)} hours`;
  }

  return milliseconds >= 0 ? `in ${span}` : `${span} ago`;
}

/** Word-wraps each paragraph of `text` to `width` columns, every line starting with `indent`. */
export function wrap(text: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      if (line !== '' && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(indent + line);
  }

  return lines;
}
