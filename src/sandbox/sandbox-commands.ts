import { ApplicationCommandOptionType } from 'discord.js';
import {
  channelPayload,
  memberPayload,
  rolePayload,
  userPayload,
  type ApiObject,
} from './sandbox-payloads';
import type { GuildRecord } from './sandbox-payloads';
import type { SandboxStore, StoredCommand } from './sandbox-store';
import type { CommandOptionValue, InvokeCommandInput } from './sandbox-types';

interface OptionDefinition {
  type: ApplicationCommandOptionType;
  name: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: OptionDefinition[];
}

type Resolved = Record<'users' | 'members' | 'roles' | 'channels', Record<string, ApiObject>>;

/**
 * Builds the `data` object of a chat input interaction from a registered command. It checks the
 * input as a Discord client would: the command, the subcommand and every option must exist, and
 * required options must be present except while autocompleting. Values must match the option
 * types. A mismatch throws a plain Error, because it means the calling test is wrong.
 */
export function buildCommandData(
  store: SandboxStore,
  guild: GuildRecord,
  input: InvokeCommandInput,
  focused?: string,
): ApiObject {
  const command = store.findCommand(guild.id, input.name);
  if (!command) {
    throw new Error(`Command /${input.name} is not registered for guild ${guild.id} or globally.`);
  }

  const { definitions, wrap } = selectSubcommand(command, input);
  const resolved: Resolved = { users: {}, members: {}, roles: {}, channels: {} };
  const options = buildOptions(store, guild, definitions, input.options ?? {}, resolved, focused);
  const hasResolved = Object.values(resolved).some((entries) => Object.keys(entries).length > 0);

  return {
    id: command.id,
    name: command.name,
    type: 1,
    ...(command.guild_id ? { guild_id: command.guild_id } : {}),
    options: wrap(options),
    ...(hasResolved ? { resolved: pruneEmpty(resolved) } : {}),
  };
}

function selectSubcommand(
  command: StoredCommand,
  input: InvokeCommandInput,
): { definitions: OptionDefinition[]; wrap: (options: ApiObject[]) => ApiObject[] } {
  const topLevel = (command.options ?? []) as OptionDefinition[];
  const hasSubcommands = topLevel.some(
    (option) =>
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup,
  );
  if (!input.subcommand) {
    if (hasSubcommands) {
      throw new Error(`Command /${command.name} needs a subcommand.`);
    }

    return { definitions: topLevel, wrap: (options) => options };
  }

  let parent = topLevel;
  let groupName: string | undefined;
  if (input.subcommandGroup) {
    const group = findOption(
      topLevel,
      input.subcommandGroup,
      ApplicationCommandOptionType.SubcommandGroup,
    );
    parent = group.options ?? [];
    groupName = group.name;
  }
  const subcommand = findOption(parent, input.subcommand, ApplicationCommandOptionType.Subcommand);
  const wrapSubcommand = (options: ApiObject[]): ApiObject[] => [
    { type: ApplicationCommandOptionType.Subcommand, name: subcommand.name, options },
  ];

  return {
    definitions: subcommand.options ?? [],
    wrap: groupName
      ? (options) => [
          {
            type: ApplicationCommandOptionType.SubcommandGroup,
            name: groupName,
            options: wrapSubcommand(options),
          },
        ]
      : wrapSubcommand,
  };
}

function findOption(
  options: OptionDefinition[],
  name: string,
  type: ApplicationCommandOptionType,
): OptionDefinition {
  const option = options.find((candidate) => candidate.name === name && candidate.type === type);
  if (!option) {
    throw new Error(`Subcommand or group "${name}" is not registered.`);
  }

  return option;
}

function buildOptions(
  store: SandboxStore,
  guild: GuildRecord,
  definitions: OptionDefinition[],
  values: Record<string, CommandOptionValue>,
  resolved: Resolved,
  focused: string | undefined,
): ApiObject[] {
  for (const name of Object.keys(values)) {
    if (!definitions.some((definition) => definition.name === name)) {
      throw new Error(
        `Option "${name}" is not registered; known options: ${definitions.map((d) => d.name).join(', ')}.`,
      );
    }
  }
  if (focused !== undefined) {
    const definition = definitions.find((candidate) => candidate.name === focused);
    if (!definition?.autocomplete) {
      throw new Error(`Option "${focused}" is not registered with autocomplete.`);
    }
  }

  const options: ApiObject[] = [];
  for (const definition of definitions) {
    const isFocused = definition.name === focused;
    const value = values[definition.name];
    if (isFocused) {
      // While autocompleting, Discord sends the partial text the user typed, as a string.
      options.push({
        type: definition.type,
        name: definition.name,
        value: String(value ?? ''),
        focused: true,
      });
      continue;
    }
    if (value === undefined) {
      if (definition.required && focused === undefined) {
        throw new Error(`Required option "${definition.name}" is missing.`);
      }
      continue;
    }
    const converted = convertValue(store, guild, definition, value, resolved);
    options.push({ type: definition.type, name: definition.name, value: converted });
  }

  return options;
}

function convertValue(
  store: SandboxStore,
  guild: GuildRecord,
  definition: OptionDefinition,
  value: CommandOptionValue,
  resolved: Resolved,
): string | number | boolean {
  const converted = coerce(definition, value);
  if (definition.choices && !definition.choices.some((choice) => choice.value === converted)) {
    throw new Error(
      `Option "${definition.name}" does not offer the choice ${JSON.stringify(value)}.`,
    );
  }
  if (typeof converted === 'string') {
    resolveEntity(store, guild, definition, converted, resolved);
  }

  return converted;
}

function coerce(
  definition: OptionDefinition,
  value: CommandOptionValue,
): string | number | boolean {
  switch (definition.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const number = Number(value);
      const isInteger = definition.type === ApplicationCommandOptionType.Integer;
      if (!Number.isFinite(number) || (isInteger && !Number.isInteger(number))) {
        throw new Error(
          `Option "${definition.name}" needs ${isInteger ? 'an integer' : 'a number'}, not ${String(value)}.`,
        );
      }

      return number;
    }
    case ApplicationCommandOptionType.Boolean:
      if (typeof value !== 'boolean') {
        throw new Error(`Option "${definition.name}" needs a boolean, not ${String(value)}.`);
      }

      return value;
    default:
      return String(value);
  }
}

function resolveEntity(
  store: SandboxStore,
  guild: GuildRecord,
  definition: OptionDefinition,
  id: string,
  resolved: Resolved,
): void {
  const type = definition.type;
  const isMentionable = type === ApplicationCommandOptionType.Mentionable;
  if (type === ApplicationCommandOptionType.User || (isMentionable && store.users.has(id))) {
    const user = store.users.get(id);
    if (!user) {
      throw new Error(`Option "${definition.name}" names user ${id}, who is not in the sandbox.`);
    }
    const member = guild.members.get(id);
    resolved.users[id] = userPayload(user, member?.isBot ?? false);
    if (member) {
      resolved.members[id] = {
        ...memberPayload(member, false),
        permissions: member.permissions.toString(),
      };
    }
  } else if (type === ApplicationCommandOptionType.Role || isMentionable) {
    const role = guild.roles.get(id);
    if (!role) {
      throw new Error(
        `Option "${definition.name}" names role ${id}, which is not in guild ${guild.id}.`,
      );
    }
    resolved.roles[id] = rolePayload(role);
  } else if (type === ApplicationCommandOptionType.Channel) {
    const channel = guild.channels.get(id);
    if (!channel) {
      throw new Error(
        `Option "${definition.name}" names channel ${id}, which is not in guild ${guild.id}.`,
      );
    }
    const { id: channelId, name, type: channelType, parent_id } = channelPayload(channel);
    resolved.channels[id] = { id: channelId, name, type: channelType, parent_id, permissions: '0' };
  }
}

function pruneEmpty(resolved: Resolved): ApiObject {
  return Object.fromEntries(
    Object.entries(resolved).filter(([, entries]) => Object.keys(entries).length > 0),
  );
}
