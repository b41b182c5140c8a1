import { readFileSync } from 'node:fs';
import Joi from 'joi';
import { parse } from 'yaml';

/** Tunable numbers of a campaign, read from `config/game.yaml`. Fixed rules live in code. */
export interface GameConfig {
  startYear: number;
  startingInfluence: number;
  rosterSize: number;
  theory: {
    defaultDeadlineDays: number;
    maxDeadlineDays: number;
    maxSupporters: number;
    claimMinLength: number;
    claimMaxLength: number;
  };
  gazette: {
    /** At most this many missed slots are replayed at start; older ones are folded. */
    maxCatchUpEditions: number;
    recentHeadlines: number;
    /** Seconds between send attempts of a failed Gazette post, doubled per attempt. */
    retryBaseSeconds: number;
    maxSendAttempts: number;
  };
}

const schema = Joi.object<GameConfig>({
  startYear: Joi.number().integer().min(1).max(9999).default(1920),
  startingInfluence: Joi.number().integer().min(0).max(6).default(3),
  rosterSize: Joi.number().integer().min(20).max(30).default(24),
  theory: Joi.object({
    defaultDeadlineDays: Joi.number().integer().min(1).max(365).default(7),
    maxDeadlineDays: Joi.number().integer().min(1).max(365).default(60),
    maxSupporters: Joi.number().integer().min(0).max(3).default(3),
    claimMinLength: Joi.number().integer().min(1).max(100).default(10),
    claimMaxLength: Joi.number().integer().min(20).max(1000).default(1000),
  }).default(),
  gazette: Joi.object({
    maxCatchUpEditions: Joi.number().integer().min(1).max(60).default(6),
    recentHeadlines: Joi.number().integer().min(1).max(25).default(10),
    retryBaseSeconds: Joi.number().integer().min(1).max(3600).default(15),
    maxSendAttempts: Joi.number().integer().min(1).max(100).default(20),
  }).default(),
});

/** Reads and validates the game configuration file; a missing file gives the defaults. */
export function loadGameConfig(path: string): GameConfig {
  let raw: unknown = {};
  try {
    raw = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Error(`Cannot read game config ${path}: ${(error as Error).message}`);
    }
  }
  const result: Joi.ValidationResult<GameConfig> = schema.validate(raw, {
    abortEarly: false,
    convert: true,
  });
  if (result.error) {
    const error = result.error;
    const problems = error.details.map((detail) => `  - ${detail.message}`).join('\n');
    throw new Error(`Invalid game config ${path}:\n${problems}`);
  }

  return result.value;
}

/** The defaults, for tests that need a config without a file. */
export function defaultGameConfig(): GameConfig {
  return loadGameConfig('/nonexistent/game.yaml');
}
