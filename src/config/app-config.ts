import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { DatabaseDriver } from '../database/data-source-options';
import type { Environment } from './env.validation';
import { DEFAULT_GAME_CONFIG_PATH, loadGameConfig, type GameConfig } from './game-config';

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
  readonly database: { path: string; driver: DatabaseDriver };
  readonly http: { host: string; port: number };
  readonly schedule: { gazetteTimes: string[]; timeZone: string };
  readonly game: GameConfig & { seed: string };
  readonly logging: { format: 'json' | 'text'; level: Environment['LOG_LEVEL'] };
  /** Base URL of the public archive without a trailing slash, or null when not published. */
  readonly publicBaseUrl: string | null;
  readonly llm: {
    /** Null when no language model is configured, so narration uses templates. */
    baseUrl: string | null;
    /** Never log it. */
    apiKey: string;
    model: string;
    timeoutMs: number;
    maxRetries: number;
    pricePer1kPrompt: number;
    pricePer1kCompletion: number;
    /** Prompt plus completion tokens one digest may spend. */
    digestTokenBudget: number;
  };

  constructor(config: ConfigService<Environment, true>) {
    const get = <K extends keyof Environment>(key: K): Environment[K] =>
      config.get(key, { infer: true });

    this.discord = {
      token: get('DISCORD_TOKEN'),
      apiUrl: get('DISCORD_API_URL'),
      developmentGuildId: get('DISCORD_DEVELOPMENT_GUILD_ID') || null,
      sandbox: get('DISCORD_SANDBOX'),
    };
    this.database = { path: get('DATABASE_PATH'), driver: get('DATABASE_DRIVER') };
    this.http = { host: get('HTTP_HOST'), port: get('HTTP_PORT') };
    this.schedule = {
      gazetteTimes: parseGazetteTimes(get('GAZETTE_TIMES')),
      timeZone: get('GAZETTE_TIMEZONE'),
    };
    this.game = {
      ...loadGameConfig(get('GAME_CONFIG_PATH') || DEFAULT_GAME_CONFIG_PATH),
      seed: get('GAME_SEED'),
    };
    this.logging = { format: get('LOG_FORMAT'), level: get('LOG_LEVEL') };
    this.publicBaseUrl = get('PUBLIC_BASE_URL').replace(/\/+$/, '') || null;
    this.llm = {
      baseUrl: get('LLM_BASE_URL') || null,
      apiKey: get('LLM_API_KEY'),
      model: get('LLM_MODEL'),
      timeoutMs: get('LLM_TIMEOUT_MS'),
      maxRetries: get('LLM_MAX_RETRIES'),
      pricePer1kPrompt: get('LLM_PRICE_PER_1K_PROMPT'),
      pricePer1kCompletion: get('LLM_PRICE_PER_1K_COMPLETION'),
      digestTokenBudget: get('LLM_DIGEST_TOKEN_BUDGET'),
    };
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
