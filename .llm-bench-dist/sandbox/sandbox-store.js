"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxStore = exports.BOT_PERMISSIONS = exports.DEFAULT_MEMBER_PERMISSIONS = void 0;
const discord_js_1 = require("discord.js");
const sandbox_snowflakes_1 = require("./sandbox-snowflakes");
/** What an ordinary member may do in a fresh guild: talk and use commands, but not manage the guild. */
exports.DEFAULT_MEMBER_PERMISSIONS = discord_js_1.PermissionFlagsBits.CreateInstantInvite |
    discord_js_1.PermissionFlagsBits.AddReactions |
    discord_js_1.PermissionFlagsBits.ViewChannel |
    discord_js_1.PermissionFlagsBits.SendMessages |
    discord_js_1.PermissionFlagsBits.EmbedLinks |
    discord_js_1.PermissionFlagsBits.AttachFiles |
    discord_js_1.PermissionFlagsBits.ReadMessageHistory |
    discord_js_1.PermissionFlagsBits.UseExternalEmojis |
    discord_js_1.PermissionFlagsBits.Connect |
    discord_js_1.PermissionFlagsBits.Speak |
    discord_js_1.PermissionFlagsBits.ChangeNickname |
    discord_js_1.PermissionFlagsBits.UseApplicationCommands |
    discord_js_1.PermissionFlagsBits.CreatePublicThreads |
    discord_js_1.PermissionFlagsBits.SendMessagesInThreads;
/** The bot's permissions in every sandbox guild. */
exports.BOT_PERMISSIONS = exports.DEFAULT_MEMBER_PERMISSIONS |
    discord_js_1.PermissionFlagsBits.ManageMessages |
    discord_js_1.PermissionFlagsBits.MentionEveryone |
    discord_js_1.PermissionFlagsBits.ManageRoles;
const GLOBAL_SCOPE = 'global';
/** Guilds, members, channels, messages and commands of a sandbox, with no network code. */
class SandboxStore {
    botUser;
    snowflakes = new sandbox_snowflakes_1.SnowflakeGenerator();
    guilds = new Map();
    channels = new Map();
    users = new Map();
    messages = new Map();
    messagesByChannel = new Map();
    commands = new Map();
    constructor(botUser) {
        this.botUser = botUser;
        this.users.set(botUser.id, botUser);
    }
    createGuild(input) {
        const id = this.snowflakes.next();
        const owner = input.ownerId ?? this.snowflakes.next();
        const guild = {
            id,
            name: input.name,
            ownerId: owner,
            // Discord gives the @everyone role the guild's own id.
            everyoneRoleId: id,
            joinedAt: new Date().toISOString(),
            channels: new Map(),
            roles: new Map(),
            members: new Map(),
        };
        guild.roles.set(id, {
            id,
            name: '@everyone',
            permissions: exports.DEFAULT_MEMBER_PERMISSIONS,
            position: 0,
        });
        this.guilds.set(id, guild);
        const botRole = this.createRole(id, this.botUser.username, exports.BOT_PERMISSIONS);
        guild.members.set(this.botUser.id, {
            user: this.botUser,
            isBot: true,
            roleIds: [botRole.id],
            permissions: exports.BOT_PERMISSIONS,
            joinedAt: guild.joinedAt,
        });
        for (const name of input.channels ?? ['general']) {
            this.createChannel(id, name);
        }
        return guild;
    }
    createChannel(guildId, name) {
        const guild = this.findGuildOrFail(guildId);
        const channel = {
            id: this.snowflakes.next(),
            name,
            guildId,
            position: guild.channels.size,
        };
        guild.channels.set(channel.id, channel);
        this.channels.set(channel.id, channel);
        this.messagesByChannel.set(channel.id, []);
        return channel;
    }
    createRole(guildId, name, permissions) {
        const guild = this.findGuildOrFail(guildId);
        const role = {
            id: this.snowflakes.next(),
            name,
            permissions,
            position: guild.roles.size,
        };
        guild.roles.set(role.id, role);
        return role;
    }
    /**
     * Adds a member. When `permissions` grants more than @everyone and the member's roles, a role named
     * after the member carries the difference, so both the interaction's `permissions` string and
     * discord.js's role-based `GuildMember.permissions` agree.
     */
    addMember(guildId, input) {
        const guild = this.findGuildOrFail(guildId);
        const user = this.findOrCreateUser(input);
        const roleIds = [...(input.roleIds ?? [])];
        for (const roleId of roleIds) {
            if (!guild.roles.has(roleId)) {
                throw new Error(`Role ${roleId} does not exist in guild ${guildId}.`);
            }
        }
        const createdRoles = [];
        const fromRoles = this.rolePermissions(guild, roleIds);
        const permissions = input.permissions ?? fromRoles;
        const missing = permissions & ~fromRoles;
        if (missing !== 0n) {
            const role = this.createRole(guildId, `${user.username} permissions`, missing);
            roleIds.push(role.id);
            createdRoles.push(role);
        }
        const member = {
            user,
            isBot: false,
            roleIds,
            permissions,
            joinedAt: new Date().toISOString(),
        };
        guild.members.set(user.id, member);
        return { member, createdRoles };
    }
    findGuildOrFail(guildId) {
        const guild = this.guilds.get(guildId);
        if (!guild) {
            throw new Error(`Guild ${guildId} does not exist in the sandbox.`);
        }
        return guild;
    }
    setCommands(guildId, definitions) {
        const scope = guildId ?? GLOBAL_SCOPE;
        const previous = this.commands.get(scope) ?? [];
        const stored = definitions.map((definition) => {
            const name = String(definition.name);
            const id = previous.find((command) => command.name === name)?.id ?? this.snowflakes.next();
            return {
                type: 1,
                ...definition,
                id,
                name,
                guild_id: guildId,
                version: this.snowflakes.next(),
            };
        });
        this.commands.set(scope, stored);
        return stored;
    }
    addCommand(guildId, definition) {
        const others = this.listCommands(guildId).filter((command) => command.name !== definition.name);
        const stored = this.setCommands(guildId, [...others, definition]);
        return stored[stored.length - 1];
    }
    listCommands(guildId) {
        return this.commands.get(guildId ?? GLOBAL_SCOPE) ?? [];
    }
    /** Finds a command as a Discord client would: the guild's own first, then the global ones. */
    findCommand(guildId, name) {
        return (this.listCommands(guildId).find((command) => command.name === name) ??
            this.listCommands().find((command) => command.name === name));
    }
    storeMessage(message) {
        this.messages.set(message.id, message);
        this.messagesByChannel.get(message.channelId)?.push(message);
    }
    deleteMessage(message) {
        this.messages.delete(message.id);
        const list = this.messagesByChannel.get(message.channelId);
        const index = list?.indexOf(message) ?? -1;
        if (list && index >= 0) {
            list.splice(index, 1);
        }
    }
    channelMessages(channelId) {
        return this.messagesByChannel.get(channelId) ?? [];
    }
    findOrCreateUser(input) {
        const existing = input.id ? this.users.get(input.id) : undefined;
        if (existing) {
            return existing;
        }
        const user = {
            id: input.id ?? this.snowflakes.next(),
            username: input.username,
            globalName: input.username,
        };
        this.users.set(user.id, user);
        return user;
    }
    rolePermissions(guild, roleIds) {
        let permissions = guild.roles.get(guild.everyoneRoleId)?.permissions ?? 0n;
        for (const roleId of roleIds) {
            permissions |= guild.roles.get(roleId)?.permissions ?? 0n;
        }
        return permissions;
    }
}
exports.SandboxStore = SandboxStore;
//# sourceMappingURL=sandbox-store.js.map