import { PermissionFlagsBits } from 'discord.js';
import type { ChannelRecord, GuildRecord, MemberRecord, RoleRecord } from './sandbox-payloads';
import { SnowflakeGenerator } from './sandbox-snowflakes';
import type {
  AddMemberInput,
  CreateGuildInput,
  SandboxMessage,
  SandboxUser,
} from './sandbox-types';

/** What an ordinary member may do in a fresh guild: talk and use commands, but not manage the guild. */
export const DEFAULT_MEMBER_PERMISSIONS =
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak |
  PermissionFlagsBits.ChangeNickname |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

/** The bot's permissions in every sandbox guild. */
export const BOT_PERMISSIONS =
  DEFAULT_MEMBER_PERMISSIONS |
  PermissionFlagsBits.ManageMessages |
  PermissionFlagsBits.MentionEveryone |
  PermissionFlagsBits.ManageRoles;

/** A stored channel message with the fields only the REST payload needs. */
export interface StoredMessage extends SandboxMessage {
  components: unknown[];
  flags: number;
  editedAt?: number;
}

/** An application command as registered, with the id the sandbox gave it. */
export type StoredCommand = Record<string, unknown> & { id: string; name: string };

const GLOBAL_SCOPE = 'global';

/** Guilds, members, channels, messages and commands of a sandbox, with no network code. */
export class SandboxStore {
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly users = new Map<string, SandboxUser>();
  readonly messages = new Map<string, StoredMessage>();
  private readonly messagesByChannel = new Map<string, StoredMessage[]>();
  private readonly commands = new Map<string, StoredCommand[]>();

  constructor(
    readonly botUser: SandboxUser,
    readonly snowflakes: SnowflakeGenerator = new SnowflakeGenerator(),
  ) {
    this.users.set(botUser.id, botUser);
  }

  createGuild(input: CreateGuildInput): GuildRecord {
    const id = this.snowflakes.next();
    const owner = input.ownerId ?? this.snowflakes.next();
    const guild: GuildRecord = {
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
      permissions: DEFAULT_MEMBER_PERMISSIONS,
      position: 0,
    });
    this.guilds.set(id, guild);

    const botRole = this.createRole(id, this.botUser.username, BOT_PERMISSIONS);
    guild.members.set(this.botUser.id, {
      user: this.botUser,
      isBot: true,
      roleIds: [botRole.id],
      permissions: BOT_PERMISSIONS,
      joinedAt: guild.joinedAt,
    });
    for (const name of input.channels ?? ['general']) {
      this.createChannel(id, name);
    }

    return guild;
  }

  createChannel(guildId: string, name: string): ChannelRecord {
    const guild = this.findGuildOrFail(guildId);
    const channel: ChannelRecord = {
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

  createRole(guildId: string, name: string, permissions: bigint): RoleRecord {
    const guild = this.findGuildOrFail(guildId);
    const role: RoleRecord = {
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
  addMember(
    guildId: string,
    input: AddMemberInput,
  ): { member: MemberRecord; createdRoles: RoleRecord[] } {
    const guild = this.findGuildOrFail(guildId);
    const user = this.findOrCreateUser(input);
    const roleIds = [...(input.roleIds ?? [])];
    for (const roleId of roleIds) {
      if (!guild.roles.has(roleId)) {
        throw new Error(`Role ${roleId} does not exist in guild ${guildId}.`);
      }
    }

    const createdRoles: RoleRecord[] = [];
    const fromRoles = this.rolePermissions(guild, roleIds);
    const permissions = input.permissions ?? fromRoles;
    const missing = permissions & ~fromRoles;
    if (missing !== 0n) {
      const role = this.createRole(guildId, `${user.username} permissions`, missing);
      roleIds.push(role.id);
      createdRoles.push(role);
    }
    const member: MemberRecord = {
      user,
      isBot: false,
      roleIds,
      permissions,
      joinedAt: new Date().toISOString(),
    };
    guild.members.set(user.id, member);

    return { member, createdRoles };
  }

  findGuildOrFail(guildId: string): GuildRecord {
    const guild = this.guilds.get(guildId);
    if (!guild) {
      throw new Error(`Guild ${guildId} does not exist in the sandbox.`);
    }

    return guild;
  }

  setCommands(
    guildId: string | undefined,
    definitions: Record<string, unknown>[],
  ): StoredCommand[] {
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

  addCommand(guildId: string | undefined, definition: Record<string, unknown>): StoredCommand {
    const others = this.listCommands(guildId).filter((command) => command.name !== definition.name);
    const stored = this.setCommands(guildId, [...others, definition]);

    return stored[stored.length - 1];
  }

  listCommands(guildId?: string): StoredCommand[] {
    return this.commands.get(guildId ?? GLOBAL_SCOPE) ?? [];
  }

  /** Finds a command as a Discord client would: the guild's own first, then the global ones. */
  findCommand(guildId: string, name: string): StoredCommand | undefined {
    return (
      this.listCommands(guildId).find((command) => command.name === name) ??
      this.listCommands().find((command) => command.name === name)
    );
  }

  storeMessage(message: StoredMessage): void {
    this.messages.set(message.id, message);
    this.messagesByChannel.get(message.channelId)?.push(message);
  }

  deleteMessage(message: StoredMessage): void {
    this.messages.delete(message.id);
    const list = this.messagesByChannel.get(message.channelId);
    const index = list?.indexOf(message) ?? -1;
    if (list && index >= 0) {
      list.splice(index, 1);
    }
  }

  channelMessages(channelId: string): StoredMessage[] {
    return this.messagesByChannel.get(channelId) ?? [];
  }

  private findOrCreateUser(input: AddMemberInput): SandboxUser {
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

  private rolePermissions(guild: GuildRecord, roleIds: string[]): bigint {
    let permissions = guild.roles.get(guild.everyoneRoleId)?.permissions ?? 0n;
    for (const roleId of roleIds) {
      permissions |= guild.roles.get(roleId)?.permissions ?? 0n;
    }

    return permissions;
  }
}
