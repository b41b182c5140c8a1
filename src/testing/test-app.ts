import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { stringify } from 'yaml';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ManualClock } from '../common/clock';
import { CommonModule } from '../common/common.module';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { GazetteModule } from '../gazette/gazette.module';
import {
  CHANNEL_POSTER,
  type ChannelPoster,
  type OutgoingMessage,
} from '../gazette/outgoing-message';
import { MetricsService } from '../metrics/metrics.service';
import { TheoriesModule } from '../theories/theories.module';

/** One message the recording poster accepted. */
export interface RecordedPost {
  channelId: string;
  message: OutgoingMessage;
  nonce: string;
  messageId: string;
}

/** A channel poster that records every message and can be told to fail the next sends. */
export class RecordingChannelPoster implements ChannelPoster {
  readonly posts: RecordedPost[] = [];
  /** Every call, including the ones that failed, in call order. */
  readonly attempts: { channelId: string; nonce: string }[] = [];
  private failuresLeft = 0;
  private failureMessage = '';

  /** Makes the next `count` sends throw an error with `message`. */
  failNext(count: number, message = 'Discord returned 503 Service Unavailable'): void {
    this.failuresLeft = count;
    this.failureMessage = message;
  }

  post(channelId: string, message: OutgoingMessage, nonce: string): Promise<string> {
    this.attempts.push({ channelId, nonce });
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      return Promise.reject(new Error(this.failureMessage));
    }
    const messageId = String(900_000_000_000_000_000n + BigInt(this.posts.length + 1));
    this.posts.push({ channelId, message, nonce, messageId });

    return Promise.resolve(messageId);
  }
}

/** Tunable game numbers a test overrides; the rest keep the defaults of `GameConfig`. */
export interface GameConfigOverrides {
  theory?: Record<string, number>;
  gazette?: Record<string, number>;
  [key: string]: unknown;
}

export interface TestAppOptions {
  /** Start time of the manual clock. */
  start: Date;
  /** Written to a temporary `game.yaml` that the app reads. */
  game?: GameConfigOverrides;
  /** Extra environment variables, such as `GAZETTE_TIMES`. */
  env?: Record<string, string>;
}

/** The game's services over a fresh SQLite file, with a manual clock and a recording poster. */
export interface TestApp {
  module: TestingModule;
  clock: ManualClock;
  poster: RecordingChannelPoster;
  dataSource: DataSource;
  databasePath: string;
  get<T>(type: Type<T>): T;
  /** Closes the module, restores the environment and deletes the temporary folder. */
  close(): Promise<void>;
}

/**
 * The recording poster, plus the real `MetricsService` on its own: `MetricsModule` also builds
 * Discord gateway metrics, which need a discord.js client that these tests do not start.
 */
@Global()
@Module({})
class TestSupportModule {
  static forRoot(poster: ChannelPoster): DynamicModule {
    return {
      module: TestSupportModule,
      providers: [{ provide: CHANNEL_POSTER, useValue: poster }, MetricsService],
      exports: [CHANNEL_POSTER, MetricsService],
    };
  }
}

/**
 * Builds the campaign, theory and Gazette modules over a new SQLite file in a temporary folder,
 * migrated by the real migrations. Timers stay off because `init()` is never called and the
 * schedule module is not imported, so tests drive digests and deliveries by hand.
 */
export async function createTestApp(options: TestAppOptions): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'great-work-unit-'));
  const databasePath = join(folder, 'game.sqlite');
  const gameConfigPath = join(folder, 'game.yaml');
  writeFileSync(gameConfigPath, stringify(options.game ?? {}));

  const savedEnvironment = { ...process.env };
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DISCORD_TOKEN: '',
    DATABASE_PATH: databasePath,
    GAME_CONFIG_PATH: gameConfigPath,
    GAZETTE_TIMES: '13:00,21:00',
    GAZETTE_TIMEZONE: 'UTC',
    ...options.env,
  });

  const clock = new ManualClock(options.start);
  const poster = new RecordingChannelPoster();
  const restore = (): void => {
    for (const key of Object.keys(process.env)) {
      if (!(key in savedEnvironment)) {
        delete process.env[key];
      }
    }
    Object.assign(process.env, savedEnvironment);
  };

  let module: TestingModule;
  try {
    module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(),
        CommonModule.forRoot({ clock }),
        DatabaseModule,
        TestSupportModule.forRoot(poster),
        CampaignsModule,
        TheoriesModule,
        GazetteModule,
      ],
    }).compile();
  } catch (error) {
    restore();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }

  return {
    module,
    clock,
    poster,
    dataSource: module.get(DataSource),
    databasePath,
    get: <T>(type: Type<T>): T => module.get(type),
    close: async () => {
      await module.close();
      restore();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
