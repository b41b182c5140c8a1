import Joi from 'joi';
import { IANAZone } from 'luxon';

/** Matches `HH:MM` times separated by commas, such as `13:00,21:00`. */
const GAZETTE_TIMES_PATTERN = /^([01]\d|2[0-3]):[0-5]\d(\s*,\s*([01]\d|2[0-3]):[0-5]\d)*$/;

/**
 * Marks of a token copied from an example file rather than a real secret: the usual placeholder
 * words, angle brackets, or only one repeated character. Real tokens are three base64url parts.
 */
const PLACEHOLDER_TOKEN_PATTERNS = [
  /^(changeme|change[-_ ]me|token|placeholder|secret|bot[-_ ]?token)$/i,
  /your[-_ ]?(bot[-_ ]?)?token/i,
  /[<>]/,
  /^(.)\1*$/,
];

/** True when a non-empty token looks like a placeholder or contains whitespace. */
export function isPlaceholderToken(token: string): boolean {
  if (/\s/.test(token)) {
    return true;
  }

  return PLACEHOLDER_TOKEN_PATTERNS.some((pattern) => pattern.test(token));
}

const schema = Joi.object<Environment>({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  DISCORD_TOKEN: Joi.string()
    .allow('')
    .default('')
    .custom((value: string, helpers) => {
      if (value !== '' && isPlaceholderToken(value)) {
        return helpers.message({
          custom:
            'DISCORD_TOKEN looks like a placeholder or contains spaces. Set the bot token from the Discord developer portal, or leave it empty to run the local sandbox.',
        });
      }
      return value;
    }),
  DISCORD_API_URL: Joi.string()
    .uri({ scheme: ['http', 'https'] })
    .default('https://discord.com/api')
    .messages({
      'string.uri':
        'DISCORD_API_URL must be an http(s) URL of the REST base without the version, such as http://127.0.0.1:8090/api.',
      // Joi reports a URL with the wrong scheme (ftp://, or none) under its own code.
      'string.uriCustomScheme':
        'DISCORD_API_URL must be an http(s) URL of the REST base without the version, such as http://127.0.0.1:8090/api.',
    }),
  DISCORD_DEVELOPMENT_GUILD_ID: Joi.string()
    .pattern(/^\d{17,20}$/)
    .allow('')
    .default('')
    .messages({
      'string.pattern.base': 'DISCORD_DEVELOPMENT_GUILD_ID must be a guild id (17 to 20 digits).',
    }),
  // Set by the service itself when it starts the local Discord-compatible server.
  DISCORD_SANDBOX: Joi.boolean().default(false),
  DATABASE_DRIVER: Joi.string().valid('sqlite3', 'better-sqlite3').default('sqlite3').messages({
    'any.only': 'DATABASE_DRIVER must be sqlite3 (the default) or better-sqlite3.',
  }),
  DATABASE_PATH: Joi.string().default('data/great-work.sqlite'),
  HTTP_HOST: Joi.string().hostname().default('127.0.0.1'),
  HTTP_PORT: Joi.number().integer().min(0).max(65535).default(3000).messages({
    'number.base': 'HTTP_PORT must be a port number from 0 to 65535.',
    'number.min': 'HTTP_PORT must be a port number from 0 to 65535.',
    'number.max': 'HTTP_PORT must be a port number from 0 to 65535.',
  }),
  GAZETTE_TIMES: Joi.string().pattern(GAZETTE_TIMES_PATTERN).default('13:00,21:00').messages({
    'string.pattern.base':
      'GAZETTE_TIMES must be 24-hour HH:MM times separated by commas, such as 13:00,21:00.',
  }),
  GAZETTE_TIMEZONE: Joi.string()
    .default('UTC')
    .custom((value: string, helpers) => {
      if (!IANAZone.isValidZone(value)) {
        return helpers.message({
          custom: `GAZETTE_TIMEZONE "${value}" is not an IANA time zone; use a name such as UTC or Europe/Paris.`,
        });
      }
      return value;
    }),
  GAME_SEED: Joi.string().min(1).max(64).default('great-work'),
  GAME_CONFIG_PATH: Joi.string().allow('').default(''),
  SANDBOX_PORT: Joi.number().integer().min(0).max(65535).default(0).messages({
    'number.base': 'SANDBOX_PORT must be a port number from 0 to 65535 (0 picks a free port).',
    'number.min': 'SANDBOX_PORT must be a port number from 0 to 65535 (0 picks a free port).',
    'number.max': 'SANDBOX_PORT must be a port number from 0 to 65535 (0 picks a free port).',
  }),
  LOG_FORMAT: Joi.string().valid('json', 'text').default('text'),
  LOG_LEVEL: Joi.string().valid('error', 'warn', 'log', 'debug', 'verbose').default('log'),
  PUBLIC_BASE_URL: Joi.string()
    .uri({ scheme: ['http', 'https'] })
    .allow('')
    .default('')
    .messages({
      'string.uri':
        'PUBLIC_BASE_URL must be the http(s) address where the archive is served, such as https://greatwork.example.org, or empty.',
      'string.uriCustomScheme':
        'PUBLIC_BASE_URL must be the http(s) address where the archive is served, such as https://greatwork.example.org, or empty.',
    }),
  LLM_BASE_URL: Joi.string()
    .uri({ scheme: ['http', 'https'] })
    .allow('')
    .default('')
    .messages({
      'string.uri':
        'LLM_BASE_URL must be the http(s) base URL of an OpenAI-compatible API, such as http://127.0.0.1:8080/v1, or empty for template narration.',
      'string.uriCustomScheme':
        'LLM_BASE_URL must be the http(s) base URL of an OpenAI-compatible API, such as http://127.0.0.1:8080/v1, or empty for template narration.',
    }),
  LLM_API_KEY: Joi.string().allow('').default(''),
  LLM_MODEL: Joi.string().min(1).max(100).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: Joi.number().integer().min(100).max(60_000).default(5000).messages({
    'number.base': 'LLM_TIMEOUT_MS must be milliseconds from 100 to 60000.',
    'number.min': 'LLM_TIMEOUT_MS must be milliseconds from 100 to 60000.',
    'number.max': 'LLM_TIMEOUT_MS must be milliseconds from 100 to 60000.',
  }),
  LLM_MAX_RETRIES: Joi.number().integer().min(0).max(5).default(1).messages({
    'number.base': 'LLM_MAX_RETRIES must be a whole number from 0 to 5.',
    'number.min': 'LLM_MAX_RETRIES must be a whole number from 0 to 5.',
    'number.max': 'LLM_MAX_RETRIES must be a whole number from 0 to 5.',
  }),
  LLM_PRICE_PER_1K_PROMPT: Joi.number().min(0).default(0).messages({
    'number.base': 'LLM_PRICE_PER_1K_PROMPT must be a price of 0 or more.',
    'number.min': 'LLM_PRICE_PER_1K_PROMPT must be a price of 0 or more.',
  }),
  LLM_PRICE_PER_1K_COMPLETION: Joi.number().min(0).default(0).messages({
    'number.base': 'LLM_PRICE_PER_1K_COMPLETION must be a price of 0 or more.',
    'number.min': 'LLM_PRICE_PER_1K_COMPLETION must be a price of 0 or more.',
  }),
  LLM_DIGEST_TOKEN_BUDGET: Joi.number().integer().min(100).max(100_000).default(1000).messages({
    'number.base': 'LLM_DIGEST_TOKEN_BUDGET must be a whole number of tokens from 100 to 100000.',
    'number.min': 'LLM_DIGEST_TOKEN_BUDGET must be a whole number of tokens from 100 to 100000.',
    'number.max': 'LLM_DIGEST_TOKEN_BUDGET must be a whole number of tokens from 100 to 100000.',
  }),
});

/** The environment after validation and defaults. */
export interface Environment {
  NODE_ENV: 'development' | 'production' | 'test';
  DISCORD_TOKEN: string;
  DISCORD_API_URL: string;
  DISCORD_DEVELOPMENT_GUILD_ID: string;
  DISCORD_SANDBOX: boolean;
  DATABASE_DRIVER: 'sqlite3' | 'better-sqlite3';
  DATABASE_PATH: string;
  HTTP_HOST: string;
  HTTP_PORT: number;
  GAZETTE_TIMES: string;
  GAZETTE_TIMEZONE: string;
  GAME_SEED: string;
  GAME_CONFIG_PATH: string;
  SANDBOX_PORT: number;
  LOG_FORMAT: 'json' | 'text';
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Public address of the HTTP server, for archive links; empty when not published. */
  PUBLIC_BASE_URL: string;
  LLM_BASE_URL: string;
  /** Secret: never logged. */
  LLM_API_KEY: string;
  LLM_MODEL: string;
  LLM_TIMEOUT_MS: number;
  LLM_MAX_RETRIES: number;
  LLM_PRICE_PER_1K_PROMPT: number;
  LLM_PRICE_PER_1K_COMPLETION: number;
  LLM_DIGEST_TOKEN_BUDGET: number;
}

/** Thrown at boot when the environment is invalid; lists every bad variable at once. */
export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Validates the raw environment, for `ConfigModule.forRoot({ validate })`. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const result: Joi.ValidationResult<Environment> = schema.validate(raw, {
    abortEarly: false,
    allowUnknown: true,
    stripUnknown: false,
    errors: { wrap: { label: false } },
  });
  if (result.error) {
    const error = result.error;
    throw new EnvironmentError(error.details.map((detail) => detail.message));
  }

  return result.value;
}
