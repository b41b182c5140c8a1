import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Environment } from './env.validation';
import { loadGameConfig, type GameConfig } from './game-config';

/** Typed access to the validated environment, grouped by concern. */
@Injectable()
export class AppConfig {
  readonly discord: {
    /** Empty in sandbox mode. Never log it. */
    token: string;
    apiUrl: string;
    developmentGuildId: string | null;
    sandbox: boolean;
  };
  readonly database: { path: string };
  readonly http: { host: string; port: number };
  readonly schedule: { gazetteTimes: string[]; timeZone: string };
  readonly game: GameConfig & { seed: string };
  readonly logging: { format: 'json' | 'text'; level: Environment['LOG_LEVEL'] };

  constructor(config: ConfigService<Environment, true>) {
    const get = <K extends keyof Environment>(key: K): Environment[K] =>
      config.get(key, { infer: true });

    this.discord = {
      token: get('DISCORD_TOKEN'),
      apiUrl: get('DISCORD_API_URL'),
      developmentGuildId: get('DISCORD_DEVELOPMENT_GUILD_ID') || null,
      sandbox: get('DISCORD_SANDBOX'),
    };
    this.database = { path: get('DATABASE_PATH') };
    this.http = { host: get('HTTP_HOST'), port: get('HTTP_PORT') };
    this.schedule = {
      gazetteTimes: parseGazetteTimes(get('GAZETTE_TIMES')),
      timeZone: get('GAZETTE_TIMEZONE'),
    };
    this.game = { ...loadGameConfig(get('GAME_CONFIG_PATH')), seed: get('GAME_SEED') };
    this.logging = { format: get('LOG_FORMAT'), level: get('LOG_LEVEL') };
  }

  /** True when the service started its own local Discord-compatible server. */
  get isSandbox(): boolean {
    return this.discord.sandbox;
  }
}

/** Splits `13:00, 21:00` into sorted, distinct `HH:MM` strings. */
export function parseGazetteTimes(value: string): string[] {
  const times = value
    .split(',')
    .map((time) => time.trim())
    .filter((time) => time !== '');

  return [...new Set(times)].sort();
}
