import { ApplicationCommandOptionType } from 'discord.js';
import type { CommandOptionValue } from '../sandbox/sandbox-types';
import { shortenTyped, type CommandLine } from './play-line';

/** An option of a registered slash command, as the bot sent it to Discord. */
export interface OptionDefinition {
  type: ApplicationCommandOptionType;
  name: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  min_value?: number;
  max_value?: number;
  options?: OptionDefinition[];
}

/** A registered slash command: its name and top-level options. */
export interface CommandDefinition {
  name: string;
  options?: OptionDefinition[];
}

/** Looks up the ids that user and channel options carry, by the names a player types. */
export interface EntityDirectory {
  userIdByName(name: string): string | undefined;
  channelIdByName(name: string): string | undefined;
}

/** A command ready to send to the sandbox, or the problems a Discord client would show. */
export type ResolvedCommand =
  | {
      isValid: true;
      name: string;
      subcommand?: string;
      options: Record<string, CommandOptionValue>;
    }
  | { isValid: false; problems: string[] };

/**
 * Checks a typed command against the registered commands the way the Discord client does before
 * it sends anything. The command, subcommand and options must exist and required options must be
 * given. A value must be one of the offered choices, and a number must lie within its bounds. It converts
 * values to the option's type, a choice's label to its value, `#channel` to a channel id and a
 * player's name to a user id. Text is passed unchanged, so the bot's own validation judges it.
 * With `focused`, required options may be missing and the focused value is left as typed, as
 * while autocompleting.
 */
export function resolveCommand(
  commands: CommandDefinition[],
  typed: CommandLine,
  directory: EntityDirectory,
  focused?: string,
): ResolvedCommand {
  const command = commands.find((candidate) => candidate.name === typed.name);
  if (!command) {
    const known = commands.map((candidate) => `/${candidate.name}`).sort();
    return reject(`Unknown command /${typed.name}. Commands: ${known.join(', ')}.`);
  }

  const selected = selectDefinitions(command, typed.subcommand);
  if (typeof selected === 'string') {
    return reject(selected);
  }

  const problems: string[] = [];
  const options: Record<string, CommandOptionValue> = {};
  for (const [name, text] of Object.entries(typed.options)) {
    const definition = selected.find((candidate) => candidate.name === name);
    if (!definition) {
      const known = selected.map((candidate) => candidate.name).join(', ') || 'none';
      problems.push(`/${describe(typed)} has no option ${name}. Its options: ${known}.`);
      continue;
    }
    if (name === focused) {
      options[name] = text;
      continue;
    }
    const converted = convertValue(definition, text, directory);
    if ('problem' in converted) {
      problems.push(converted.problem);
    } else {
      options[name] = converted.value;
    }
  }
  if (focused === undefined) {
    for (const definition of selected) {
      if (definition.required && !(definition.name in typed.options)) {
        problems.push(`/${describe(typed)} needs the option ${definition.name}.`);
      }
    }
  } else if (!selected.find((candidate) => candidate.name === focused)?.autocomplete) {
    problems.push(`Option ${focused} of /${describe(typed)} has no suggestions.`);
  }
  if (problems.length > 0) {
    return { isValid: false, problems };
  }

  return {
    isValid: true,
    name: command.name,
    subcommand: typed.subcommand,
    options,
  };
}

/** Returns the options of the command or of its chosen subcommand, or a problem message. */
function selectDefinitions(
  command: CommandDefinition,
  subcommand: string | undefined,
): OptionDefinition[] | string {
  const topLevel = command.options ?? [];
  const subcommands = topLevel.filter(
    (option) => option.type === ApplicationCommandOptionType.Subcommand,
  );
  const names = subcommands.map((option) => option.name).join(', ');

  if (subcommands.length === 0) {
    return subcommand === undefined
      ? topLevel
      : `/${command.name} takes no subcommand; write options as name:value.`;
  }
  if (subcommand === undefined) {
    return `/${command.name} needs a subcommand: ${names}.`;
  }
  const chosen = subcommands.find((option) => option.name === subcommand);
  if (!chosen) {
    return `/${command.name} has no subcommand ${shortenTyped(subcommand)}. Subcommands: ${names}.`;
  }

  return chosen.options ?? [];
}

function convertValue(
  definition: OptionDefinition,
  text: string,
  directory: EntityDirectory,
): { value: CommandOptionValue } | { problem: string } {
  if (definition.choices) {
    return matchChoice(definition, text);
  }

  switch (definition.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return convertNumber(definition, text);
    case ApplicationCommandOptionType.Boolean:
      if (text === 'true' || text === 'false') {
        return { value: text === 'true' };
      }
      return {
        problem: `Option ${definition.name} takes true or false, not "${shortenTyped(text)}".`,
      };
    case ApplicationCommandOptionType.User: {
      const id = directory.userIdByName(text.replace(/^@/, ''));
      return id
        ? { value: id }
        : {
            problem: `Option ${definition.name} names no known player "${shortenTyped(text)}"; see players.`,
          };
    }
    case ApplicationCommandOptionType.Channel: {
      const id = directory.channelIdByName(text.replace(/^#/, ''));
      return id
        ? { value: id }
        : { problem: `Option ${definition.name} names no channel "${shortenTyped(text)}".` };
    }
    default:
      return { value: text };
  }
}

/** Accepts a choice by its value or, as a player picks it from a list, by its label. */
function matchChoice(
  definition: OptionDefinition,
  text: string,
): { value: CommandOptionValue } | { problem: string } {
  const choices = definition.choices ?? [];
  const typed = text.toLowerCase();
  const choice = choices.find(
    (candidate) =>
      String(candidate.value).toLowerCase() === typed || candidate.name.toLowerCase() === typed,
  );
  if (!choice) {
    const offered = choices.map((candidate) => String(candidate.value)).join(', ');
    return {
      problem: `Option ${definition.name} takes one of: ${offered}. "${shortenTyped(text)}" is not among them.`,
    };
  }

  return { value: choice.value };
}

function convertNumber(
  definition: OptionDefinition,
  text: string,
): { value: number } | { problem: string } {
  const isInteger = definition.type === ApplicationCommandOptionType.Integer;
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value) || (isInteger && !Number.isInteger(value))) {
    const kind = isInteger ? 'a whole number' : 'a number';
    return { problem: `Option ${definition.name} takes ${kind}, not "${shortenTyped(text)}".` };
  }
  if (definition.min_value !== undefined && value < definition.min_value) {
    return { problem: `Option ${definition.name} is at least ${definition.min_value}.` };
  }
  if (definition.max_value !== undefined && value > definition.max_value) {
    return { problem: `Option ${definition.name} is at most ${definition.max_value}.` };
  }

  return { value };
}

function describe(typed: CommandLine): string {
  return typed.subcommand ? `${typed.name} ${typed.subcommand}` : typed.name;
}

function reject(problem: string): ResolvedCommand {
  return { isValid: false, problems: [problem] };
}
