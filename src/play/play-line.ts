/**
 * Parsing of the lines a player types into the terminal client: slash commands written as
 * `/name [subcommand] option:value option:"value with spaces"`, and the client's own words
 * (`as`, `players`, `suggest`, `wait`, `gazette`, `help`, `quit`).
 */

/** A slash command as typed, before it is checked against the registered commands. */
export interface CommandLine {
  name: string;
  /** The bare word after the command name, such as `digest_now` in `/gw_admin digest_now`. */
  subcommand?: string;
  /** Option values in the order they were typed, always as text. */
  options: Record<string, string>;
}

export type PlayLine =
  | { kind: 'empty' }
  | { kind: 'command'; command: CommandLine }
  | { kind: 'suggest'; command: CommandLine; focused: string }
  | { kind: 'as'; name: string }
  | { kind: 'players' }
  | { kind: 'wait'; milliseconds: number }
  | { kind: 'gazette'; all: boolean }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'invalid'; message: string };

/** Maximum clock move of one `wait`: 30 days, in milliseconds. */
export const MAX_WAIT_MS = 30 * 24 * 60 * 60 * 1000;

/** Discord's maximum length of a username. */
export const MAX_PLAYER_NAME_LENGTH = 32;

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Discord's rule for command, subcommand and option names. */
const NAME_PATTERN = /^[-_\p{L}\p{N}]{1,32}$/u;

const HELP_HINT = 'Type help for the list of commands.';

/** Maximum code points of typed text repeated in a message, so a huge line is not printed whole. */
export const MAX_ECHO_LENGTH = 60;

/**
 * Shortens typed text for repeating it in a message: text longer than MAX_ECHO_LENGTH code
 * points is cut and ends with an ellipsis. Cuts fall between code points, never inside a
 * surrogate pair.
 */
export function shortenTyped(text: string): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= MAX_ECHO_LENGTH) {
    return text;
  }

  return `${codePoints.slice(0, MAX_ECHO_LENGTH - 1).join('')}…`;
}

/** One whitespace-separated word, with quotes removed. */
interface Word {
  text: string;
  /** Index in `text` of the first colon typed outside quotes, or -1. */
  colonAt: number;
}

class LineError extends Error {}

/** Parses one line typed by the player; bad input becomes an `invalid` result, never a throw. */
export function parsePlayLine(line: string): PlayLine {
  const trimmed = line.trim();
  if (trimmed === '') {
    return { kind: 'empty' };
  }

  try {
    return parseTrimmedLine(trimmed);
  } catch (error) {
    if (error instanceof LineError) {
      return { kind: 'invalid', message: error.message };
    }
    throw error;
  }
}

function parseTrimmedLine(line: string): PlayLine {
  if (line.startsWith('/')) {
    return { kind: 'command', command: parseCommandLine(line) };
  }
  const [keyword] = line.split(/\s+/, 1);
  const rest = line.slice(keyword.length).trim();

  switch (keyword.toLowerCase()) {
    case 'as':
      return parsePlayerSwitch(rest);
    case 'players':
      return rest === '' ? { kind: 'players' } : invalid('players takes no arguments.');
    case 'suggest':
      return parseSuggest(rest);
    case 'wait':
      return { kind: 'wait', milliseconds: parseDuration(rest) };
    case 'gazette':
      return parseGazette(rest);
    case 'help':
      return { kind: 'help' };
    case 'quit':
    case 'exit':
      return { kind: 'quit' };
    default:
      return invalid(
        `Unknown input "${shortenTyped(keyword)}". Slash commands start with /. ${HELP_HINT}`,
      );
  }
}

/** Parses `/name [subcommand] option:value ...`; throws LineError on bad input. */
function parseCommandLine(line: string): CommandLine {
  const [head, ...words] = splitWords(line.slice(1));
  if (!head || head.text === '' || /^\s/.test(line.slice(1))) {
    throw new LineError('Missing command name after "/", as in /status.');
  }
  if (head.colonAt !== -1 || !NAME_PATTERN.test(head.text)) {
    throw new LineError(`"/${shortenTyped(head.text)}" is not a command name. ${HELP_HINT}`);
  }

  const command: CommandLine = { name: head.text.toLowerCase(), options: {} };
  for (const [index, word] of words.entries()) {
    if (word.colonAt === -1) {
      if (index > 0 || word.text === '') {
        throw new LineError(
          `Unexpected word "${shortenTyped(word.text)}". Write options as name:value, and put a value with spaces in double quotes, as claim:"The salt road ran north".`,
        );
      }
      command.subcommand = word.text.toLowerCase();
      continue;
    }
    const name = word.text.slice(0, word.colonAt).toLowerCase();
    if (!NAME_PATTERN.test(name)) {
      throw new LineError(
        `"${shortenTyped(word.text)}" has no valid option name before the colon.`,
      );
    }
    if (name in command.options) {
      throw new LineError(`Option ${name} is given twice.`);
    }
    command.options[name] = word.text.slice(word.colonAt + 1);
  }

  return command;
}

/**
 * Splits a line into words at whitespace outside double quotes. Quotes may sit anywhere in a
 * word and are removed; inside them `\"` and `\\` stand for `"` and `\`.
 */
function splitWords(line: string): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let isQuoted = false;

  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (!isQuoted && /\s/.test(char)) {
      if (current) {
        words.push(current);
        current = null;
      }
      continue;
    }
    current ??= { text: '', colonAt: -1 };
    if (char === '"') {
      isQuoted = !isQuoted;
    } else if (isQuoted && char === '\\' && (line[index + 1] === '"' || line[index + 1] === '\\')) {
      current.text += line[index + 1];
      index += 1;
    } else {
      if (char === ':' && !isQuoted && current.colonAt === -1) {
        current.colonAt = current.text.length;
      }
      current.text += char;
    }
  }
  if (isQuoted) {
    throw new LineError(
      'Unterminated quote: close the value with a second ", and write \\" for a quote inside it.',
    );
  }
  if (current) {
    words.push(current);
  }

  return words;
}

function parsePlayerSwitch(name: string): PlayLine {
  if (name === '') {
    return invalid(
      'Name the player to act as, as in "as ada", or "as owner" for the server owner.',
    );
  }
  if (name.length > MAX_PLAYER_NAME_LENGTH) {
    return invalid(`A player name has at most ${MAX_PLAYER_NAME_LENGTH} characters.`);
  }

  return { kind: 'as', name };
}

function parseSuggest(rest: string): PlayLine {
  if (!rest.startsWith('/')) {
    return invalid('Write suggest before a slash command, as in: suggest /scholar name:an');
  }
  const command = parseCommandLine(rest);
  const focused = Object.keys(command.options).at(-1);
  if (!focused) {
    return invalid(
      'End the command with the option you are typing, as in: suggest /scholar name:an',
    );
  }

  return { kind: 'suggest', command, focused };
}

/** Parses a duration such as `30m`, `12h`, `2d` or `1d12h`; throws LineError on bad input. */
function parseDuration(text: string): number {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  if (/^-?0*$/.test(compact) && compact !== '') {
    throw new LineError('A duration must be positive, as in: wait 30m');
  }
  if (/^\d+$/.test(compact)) {
    throw new LineError('Give a unit: wait 12h, wait 30m or wait 2d');
  }
  if (/^-/.test(compact)) {
    throw new LineError('A duration must be positive, as in: wait 30m');
  }
  if (!/^(\d+[mhd])+$/.test(compact)) {
    throw new LineError(
      'Give a duration in minutes, hours or days, as in: wait 30m, wait 12h, wait 2d',
    );
  }

  let milliseconds = 0;
  for (const [, amount, unit] of compact.matchAll(/(\d+)([mhd])/g)) {
    milliseconds += Number(amount) * UNIT_MS[unit];
  }
  if (milliseconds === 0) {
    throw new LineError('A duration must be positive, as in: wait 30m');
  }
  if (milliseconds > MAX_WAIT_MS) {
    throw new LineError('Wait at most 30 days at a time.');
  }

  return milliseconds;
}

function parseGazette(rest: string): PlayLine {
  if (rest === '') {
    return { kind: 'gazette', all: false };
  }
  if (rest.toLowerCase() === 'all') {
    return { kind: 'gazette', all: true };
  }

  return invalid('Type gazette for new posts, or gazette all for every post.');
}

function invalid(message: string): PlayLine {
  return { kind: 'invalid', message };
}
