import { randomBytes } from 'node:crypto';
import { DiscordSandbox } from './discord-sandbox';
import type { SandboxGuild, SandboxUser } from './sandbox-types';

/** Bits of Discord's Manage Server permission. */
export const MANAGE_GUILD = 1n << 5n;

/** A running sandbox with one server laid out like a real campaign's. */
export interface SandboxWorld {
  sandbox: DiscordSandbox;
  token: string;
  guild: SandboxGuild;
  owner: SandboxUser;
}

/**
 * Starts the local Discord-compatible server on 127.0.0.1 with a server that has the channels a
 * campaign expects (#gazette, #table-talk, #admin) and an owner who may run /gw_admin. With
 * `stableIds` the server, its channels and owner get the same ids on every start, so a restarted
 * sandbox finds its campaign again in the same database.
 */
export async function startSandboxWorld(
  port = 0,
  options: { stableIds?: boolean } = {},
): Promise<SandboxWorld> {
  const token = `sandbox.${randomBytes(18).toString('base64url')}`;
  const sandbox = new DiscordSandbox({
    token,
    port,
    heartbeatIntervalMs: 15_000,
    stableIds: options.stableIds,
  });
  await sandbox.start();
  const guild = sandbox.createGuild({
    name: 'The Sandbox Academy',
    channels: ['general', 'gazette', 'table-talk', 'admin'],
  });
  const owner = sandbox.addMember(guild.id, { username: 'dean', permissions: MANAGE_GUILD });

  return { sandbox, token, guild, owner };
}
