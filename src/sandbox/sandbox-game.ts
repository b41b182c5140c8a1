import type { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppModule, type AppOptions } from '../app.module';
import type { DiscordSandbox } from './discord-sandbox';
import { resetNecordBindings } from './necord-rebinding';
import { MANAGE_GUILD, startSandboxWorld, type SandboxWorld } from './sandbox-bootstrap';
import type {
  AutocompleteChoice,
  CommandOptionValue,
  SandboxGuild,
  SandboxInteraction,
  SandboxMessage,
  SandboxReply,
  SandboxUser,
} from './sandbox-types';

/** Milliseconds to wait for the bot to log in and register its commands. */
const READY_TIMEOUT_MS = 20_000;

export interface SandboxGameOptions extends AppOptions {
  databasePath: string;
  /** Extra environment for the service, such as GAZETTE_TIMES. */
  env?: Record<string, string>;
  /** A world to reuse, for a restart against the same server. */
  world?: SandboxWorld;
  logger?: LoggerService | false;
}

/** A slash command as a player types it. */
export interface CommandCall {
  name: string;
  subcommand?: string;
  options?: Record<string, CommandOptionValue>;
  channelId?: string;
}

/**
 * The whole service running in this process against the local Discord-compatible server, with
 * helpers to act as players. Used by the flow tests, the demo and the benchmark.
 */
export class SandboxGame {
  private constructor(
    readonly world: SandboxWorld,
    readonly app: INestApplication,
    private readonly options: SandboxGameOptions,
  ) {}

  /** Starts the sandbox (unless one is given) and the service, and waits until it is ready. */
  static async start(options: SandboxGameOptions): Promise<SandboxGame> {
    const world = options.world ?? (await startSandboxWorld());
    Object.assign(process.env, {
      DISCORD_TOKEN: world.token,
      DISCORD_API_URL: world.sandbox.apiBaseUrl,
      DISCORD_SANDBOX: 'true',
      DATABASE_PATH: options.databasePath,
      HTTP_PORT: '0',
      ...options.env,
    });
    resetNecordBindings();
    // A failed start rejects here, so a test or the terminal client can report it, instead of
    // Nest ending the whole process.
    const app = await NestFactory.create(AppModule.register(options), {
      logger: options.logger ?? false,
      abortOnError: false,
    });
    await app.listen(0, '127.0.0.1');
    const game = new SandboxGame(world, app, options);
    await game.waitUntilReady();

    return game;
  }

  get sandbox(): DiscordSandbox {
    return this.world.sandbox;
  }

  get guild(): SandboxGuild {
    return this.world.guild;
  }

  /** The channel of the given name in the sandbox server. */
  channel(name: string): string {
    const channel = this.guild.channels.find((candidate) => candidate.name === name);
    if (!channel) {
      throw new Error(`no channel #${name} in the sandbox server`);
    }

    return channel.id;
  }

  addPlayer(username: string, options: { manageServer?: boolean } = {}): SandboxUser {
    return this.sandbox.addMember(this.guild.id, {
      username,
      permissions: options.manageServer ? MANAGE_GUILD : undefined,
    });
  }

  /** Dispatches a slash command as `user` and returns the interaction. */
  invoke(user: SandboxUser, call: CommandCall): SandboxInteraction {
    return this.sandbox.invokeCommand({
      guildId: this.guild.id,
      channelId: call.channelId ?? this.channel('general'),
      userId: user.id,
      name: call.name,
      subcommand: call.subcommand,
      options: call.options,
    });
  }

  /** Runs a slash command as `user` and resolves with the visible reply. */
  command(user: SandboxUser, call: CommandCall): Promise<SandboxReply> {
    return this.invoke(user, call).waitForReply(5_000);
  }

  autocomplete(
    user: SandboxUser,
    call: CommandCall & { focused: string },
  ): Promise<AutocompleteChoice[]> {
    return this.sandbox.invokeAutocomplete({
      guildId: this.guild.id,
      channelId: call.channelId ?? this.channel('general'),
      userId: user.id,
      name: call.name,
      subcommand: call.subcommand,
      options: call.options,
      focused: call.focused,
    });
  }

  gazetteMessages(): SandboxMessage[] {
    return this.sandbox.channelMessages(this.channel('gazette'));
  }

  /** Stops the service and starts it again on the same database and sandbox. */
  async restart(overrides: Partial<SandboxGameOptions> = {}): Promise<SandboxGame> {
    await this.app.close();

    return SandboxGame.start({ ...this.options, ...overrides, world: this.world });
  }

  /** Stops the service, and the sandbox unless `keepSandbox` is set. */
  async stop(options: { keepSandbox?: boolean } = {}): Promise<void> {
    await this.app.close();
    if (!options.keepSandbox) {
      await this.sandbox.stop();
    }
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const response = await fetch(`${await this.app.getUrl()}/health/ready`);
      if (response.ok && this.sandbox.registeredCommands().length > 0) {
        return;
      }
      await sleep(20);
    }
    throw new Error(`the service was not ready within ${READY_TIMEOUT_MS} ms`);
  }
}
