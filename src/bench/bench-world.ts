import { randomBytes } from 'node:crypto';
import { DiscordSandbox } from '../sandbox/discord-sandbox';
import { MANAGE_GUILD } from '../sandbox/sandbox-bootstrap';
import type { SandboxGuild, SandboxUser } from '../sandbox/sandbox-types';

/** One benchmark server: its guild, channels by name, players and an admin. */
export interface BenchGuild {
  guild: SandboxGuild;
  general: string;
  gazette: string;
  admin: SandboxUser;
  players: SandboxUser[];
}

/** The local Discord-compatible server populated with many guilds of simulated players. */
export class BenchWorld {
  readonly guilds: BenchGuild[] = [];

  private constructor(
    readonly sandbox: DiscordSandbox,
    readonly token: string,
  ) {}

  static async start(): Promise<BenchWorld> {
    const token = `bench.${randomBytes(18).toString('base64url')}`;
    const sandbox = new DiscordSandbox({ token, heartbeatIntervalMs: 30_000 });
    await sandbox.start();

    return new BenchWorld(sandbox, token);
  }

  /** Adds `count` guilds with `playersPerGuild` players each, named by their index. */
  addGuilds(count: number, playersPerGuild: number): BenchGuild[] {
    const added: BenchGuild[] = [];
    for (let i = 0; i < count; i++) {
      const index = this.guilds.length;
      const guild = this.sandbox.createGuild({
        name: `Bench Academy ${index}`,
        channels: ['general', 'gazette', 'table-talk', 'admin'],
      });
      const channel = (name: string) => guild.channels.find((c) => c.name === name)!.id;
      const admin = this.sandbox.addMember(guild.id, {
        username: `dean${index}`,
        permissions: MANAGE_GUILD,
      });
      const players = Array.from({ length: playersPerGuild }, (_, p) =>
        this.sandbox.addMember(guild.id, { username: `lead${index}x${p}` }),
      );
      const benchGuild = {
        guild,
        general: channel('general'),
        gazette: channel('gazette'),
        admin,
        players,
      };
      this.guilds.push(benchGuild);
      added.push(benchGuild);
    }

    return added;
  }

  get apiBaseUrl(): string {
    return this.sandbox.apiBaseUrl;
  }

  stop(): Promise<void> {
    return this.sandbox.stop();
  }
}
