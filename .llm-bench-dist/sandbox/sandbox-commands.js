"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildCommandData = buildCommandData;
const discord_js_1 = require("discord.js");
const sandbox_payloads_1 = require("./sandbox-payloads");
/**
 * Builds the `data` object of a chat input interaction from a registered command. It checks the
 * input as a Discord client would: the command, the subcommand and every option must exist, and
 * required options must be present except while autocompleting. Values must match the option
 * types. A mismatch throws a plain Error, because it means the calling test is wrong.
 */
function buildCommandData(store, guild, input, focused) {
    const command = store.findCommand(guild.id, input.name);
    if (!command) {
        throw new Error(`Command /${input.name} is not registered for guild ${guild.id} or globally.`);
    }
    const { definitions, wrap } = selectSubcommand(command, input);
    const resolved = { users: {}, members: {}, roles: {}, channels: {} };
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
function selectSubcommand(command, input) {
    const topLevel = (command.options ?? []);
    const hasSubcommands = topLevel.some((option) => option.type === discord_js_1.ApplicationCommandOptionType.Subcommand ||
        option.type === discord_js_1.ApplicationCommandOptionType.SubcommandGroup);
    if (!input.subcommand) {
        if (hasSubcommands) {
            throw new Error(`Command /${command.name} needs a subcommand.`);
        }
        return { definitions: topLevel, wrap: (options) => options };
    }
    let parent = topLevel;
    let groupName;
    if (input.subcommandGroup) {
        const group = findOption(topLevel, input.subcommandGroup, discord_js_1.ApplicationCommandOptionType.SubcommandGroup);
        parent = group.options ?? [];
        groupName = group.name;
    }
    const subcommand = findOption(parent, input.subcommand, discord_js_1.ApplicationCommandOptionType.Subcommand);
    const wrapSubcommand = (options) => [
        { type: discord_js_1.ApplicationCommandOptionType.Subcommand, name: subcommand.name, options },
    ];
    return {
        definitions: subcommand.options ?? [],
        wrap: groupName
            ? (options) => [
                {
                    type: discord_js_1.ApplicationCommandOptionType.SubcommandGroup,
                    name: groupName,
                    options: wrapSubcommand(options),
                },
            ]
            : wrapSubcommand,
    };
}
function findOption(options, name, type) {
    const option = options.find((candidate) => candidate.name === name && candidate.type === type);
    if (!option) {
        throw new Error(`Subcommand or group "${name}" is not registered.`);
    }
    return option;
}
function buildOptions(store, guild, definitions, values, resolved, focused) {
    for (const name of Object.keys(values)) {
        if (!definitions.some((definition) => definition.name === name)) {
            throw new Error(`Option "${name}" is not registered; known options: ${definitions.map((d) => d.name).join(', ')}.`);
        }
    }
    if (focused !== undefined) {
        const definition = definitions.find((candidate) => candidate.name === focused);
        if (!definition?.autocomplete) {
            throw new Error(`Option "${focused}" is not registered with autocomplete.`);
        }
    }
    const options = [];
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
function convertValue(store, guild, definition, value, resolved) {
    const converted = coerce(definition, value);
    if (definition.choices && !definition.choices.some((choice) => choice.value === converted)) {
        throw new Error(`Option "${definition.name}" does not offer the choice ${JSON.stringify(value)}.`);
    }
    if (typeof converted === 'string') {
        resolveEntity(store, guild, definition, converted, resolved);
    }
    return converted;
}
function coerce(definition, value) {
    switch (definition.type) {
        case discord_js_1.ApplicationCommandOptionType.Integer:
        case discord_js_1.ApplicationCommandOptionType.Number: {
            const number = Number(value);
            const isInteger = definition.type === discord_js_1.ApplicationCommandOptionType.Integer;
            if (!Number.isFinite(number) || (isInteger && !Number.isInteger(number))) {
                throw new Error(`Option "${definition.name}" needs ${isInteger ? 'an integer' : 'a number'}, not ${String(value)}.`);
            }
            return number;
        }
        case discord_js_1.ApplicationCommandOptionType.Boolean:
            if (typeof value !== 'boolean') {
                throw new Error(`Option "${definition.name}" needs a boolean, not ${String(value)}.`);
            }
            return value;
        default:
            return String(value);
    }
}
function resolveEntity(store, guild, definition, id, resolved) {
    const type = definition.type;
    const isMentionable = type === discord_js_1.ApplicationCommandOptionType.Mentionable;
    if (type === discord_js_1.ApplicationCommandOptionType.User || (isMentionable && store.users.has(id))) {
        const user = store.users.get(id);
        if (!user) {
            throw new Error(`Option "${definition.name}" names user ${id}, who is not in the sandbox.`);
        }
        const member = guild.members.get(id);
        resolved.users[id] = (0, sandbox_payloads_1.userPayload)(user, member?.isBot ?? false);
        if (member) {
            resolved.members[id] = {
                ...(0, sandbox_payloads_1.memberPayload)(member, false),
                permissions: member.permissions.toString(),
            };
        }
    }
    else if (type === discord_js_1.ApplicationCommandOptionType.Role || isMentionable) {
        const role = guild.roles.get(id);
        if (!role) {
            throw new Error(`Option "${definition.name}" names role ${id}, which is not in guild ${guild.id}.`);
        }
        resolved.roles[id] = (0, sandbox_payloads_1.rolePayload)(role);
    }
    else if (type === discord_js_1.ApplicationCommandOptionType.Channel) {
        const channel = guild.channels.get(id);
        if (!channel) {
            throw new Error(`Option "${definition.name}" names channel ${id}, which is not in guild ${guild.id}.`);
        }
        const { id: channelId, name, type: channelType, parent_id } = (0, sandbox_payloads_1.channelPayload)(channel);
        resolved.channels[id] = { id: channelId, name, type: channelType, parent_id, permissions: '0' };
    }
}
function pruneEmpty(resolved) {
    return Object.fromEntries(Object.entries(resolved).filter(([, entries]) => Object.keys(entries).length > 0));
}
//# sourceMappingURL=sandbox-commands.js.map