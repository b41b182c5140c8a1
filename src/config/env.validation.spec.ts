import { EnvironmentError, validateEnvironment } from './env.validation';

/** Returns the error `validateEnvironment` throws, failing the test if it throws nothing. */
function rejectionOf(raw: Record<string, unknown>): EnvironmentError {
  try {
    validateEnvironment(raw);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      return error;
    }
    throw error;
  }
  throw new Error(`environment was accepted: ${JSON.stringify(raw)}`);
}

describe('validateEnvironment', () => {
  it('applies every default to an empty environment', () => {
    expect(validateEnvironment({})).toEqual({
      NODE_ENV: 'development',
      DISCORD_TOKEN: '',
      DISCORD_API_URL: 'https://discord.com/api',
      DISCORD_DEVELOPMENT_GUILD_ID: '',
      DISCORD_SANDBOX: false,
      DATABASE_DRIVER: 'sqlite3',
      DATABASE_PATH: 'data/great-work.sqlite',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: 3000,
      GAZETTE_TIMES: '13:00,21:00',
      GAZETTE_TIMEZONE: 'UTC',
      GAME_SEED: 'great-work',
      GAME_CONFIG_PATH: '',
      LOG_FORMAT: 'text',
      LOG_LEVEL: 'log',
      PUBLIC_BASE_URL: '',
      SANDBOX_PORT: 0,
      LLM_BASE_URL: '',
      LLM_API_KEY: '',
      LLM_MODEL: 'gpt-4o-mini',
      LLM_TIMEOUT_MS: 5000,
      LLM_MAX_RETRIES: 1,
      LLM_PRICE_PER_1K_PROMPT: 0,
      LLM_PRICE_PER_1K_COMPLETION: 0,
      LLM_DIGEST_TOKEN_BUDGET: 1000,
    });
  });

  it('rejects a public base URL that is not http(s)', () => {
    expect(() => validateEnvironment({ PUBLIC_BASE_URL: 'ftp://archive.example.org' })).toThrow(
      /PUBLIC_BASE_URL must be the http\(s\) address/,
    );
  });

  it('rejects an LLM base URL that is not http(s)', () => {
    expect(() => validateEnvironment({ LLM_BASE_URL: 'ftp://127.0.0.1/v1' })).toThrow(
      /LLM_BASE_URL must be the http\(s\) base URL/,
    );
  });

  it('rejects an LLM timeout outside 100 to 60000 ms', () => {
    expect(() => validateEnvironment({ LLM_TIMEOUT_MS: '600000' })).toThrow(/LLM_TIMEOUT_MS/);
  });

  it('converts strings to numbers and booleans', () => {
    const environment = validateEnvironment({ HTTP_PORT: '8080', DISCORD_SANDBOX: 'true' });

    expect(environment.HTTP_PORT).toBe(8080);
    expect(environment.DISCORD_SANDBOX).toBe(true);
  });

  it('accepts valid settings', () => {
    const environment = validateEnvironment({
      GAZETTE_TIMES: '08:30, 23:59',
      GAZETTE_TIMEZONE: 'Europe/Paris',
      DISCORD_API_URL: 'http://127.0.0.1:8090/api',
      DISCORD_DEVELOPMENT_GUILD_ID: '123456789012345678',
    });

    expect(environment.GAZETTE_TIMES).toBe('08:30, 23:59');
    expect(environment.GAZETTE_TIMEZONE).toBe('Europe/Paris');
    expect(environment.DISCORD_API_URL).toBe('http://127.0.0.1:8090/api');
    expect(environment.DISCORD_DEVELOPMENT_GUILD_ID).toBe('123456789012345678');
  });

  it('keeps variables it does not know', () => {
    expect(validateEnvironment({ PATH: '/usr/bin' })).toHaveProperty('PATH', '/usr/bin');
  });

  it.each(['25:00', '13:00;21:00', '1pm', '13:00,'])('rejects GAZETTE_TIMES of %p', (times) => {
    const error = rejectionOf({ GAZETTE_TIMES: times });

    expect(error.problems).toEqual([
      'GAZETTE_TIMES must be 24-hour HH:MM times separated by commas, such as 13:00,21:00.',
    ]);
  });

  it('rejects an unknown time zone', () => {
    const error = rejectionOf({ GAZETTE_TIMEZONE: 'Mars/Olympus_Mons' });

    expect(error.problems).toEqual([
      'GAZETTE_TIMEZONE "Mars/Olympus_Mons" is not an IANA time zone; use a name such as UTC or Europe/Paris.',
    ]);
  });

  it.each(['70000', '-1', 'eighty'])('rejects HTTP_PORT of %p', (port) => {
    const error = rejectionOf({ HTTP_PORT: port });

    expect(error.problems).toEqual(['HTTP_PORT must be a port number from 0 to 65535.']);
  });

  it.each(['sandbox.Zm9vYmFy', 'MTIzNDU2Nzg5MDEy.GhIjKl.abcdefghijklmnop'])(
    'accepts the token %p',
    (token) => {
      expect(validateEnvironment({ DISCORD_TOKEN: token }).DISCORD_TOKEN).toBe(token);
    },
  );

  it.each(['abc', '70000', '-1'])('rejects SANDBOX_PORT %p', (port) => {
    expect(() => validateEnvironment({ SANDBOX_PORT: port })).toThrow(
      'SANDBOX_PORT must be a port number from 0 to 65535 (0 picks a free port).',
    );
  });

  it.each([
    'changeme',
    'TOKEN',
    ' your-token-here ',
    'YOUR_BOT_TOKEN',
    '<token>',
    '   ',
    'xxxxxxxx',
  ])('rejects the placeholder token %p', (token) => {
    const error = rejectionOf({ DISCORD_TOKEN: token });

    expect(error.problems).toEqual([
      'DISCORD_TOKEN looks like a placeholder or contains spaces. Set the bot token from the Discord developer portal, or leave it empty to run the local sandbox.',
    ]);
  });

  it.each(['discord.com/api', 'ftp://127.0.0.1/api'])('rejects DISCORD_API_URL of %p', (url) => {
    const error = rejectionOf({ DISCORD_API_URL: url });

    expect(error.problems).toEqual([
      'DISCORD_API_URL must be an http(s) URL of the REST base without the version, such as http://127.0.0.1:8090/api.',
    ]);
  });

  it('rejects a development guild id that is not a snowflake', () => {
    const error = rejectionOf({ DISCORD_DEVELOPMENT_GUILD_ID: 'my-server' });

    expect(error.problems).toEqual([
      'DISCORD_DEVELOPMENT_GUILD_ID must be a guild id (17 to 20 digits).',
    ]);
  });

  it('lists every bad variable in one error', () => {
    const error = rejectionOf({
      GAZETTE_TIMES: 'noon',
      GAZETTE_TIMEZONE: 'Nowhere/Town',
      HTTP_PORT: '99999',
      DISCORD_TOKEN: 'changeme',
      DISCORD_API_URL: 'not a url',
    });

    expect(error.problems).toHaveLength(5);
    expect(error.problems).toContain(
      'GAZETTE_TIMES must be 24-hour HH:MM times separated by commas, such as 13:00,21:00.',
    );
    expect(error.problems).toContain(
      'GAZETTE_TIMEZONE "Nowhere/Town" is not an IANA time zone; use a name such as UTC or Europe/Paris.',
    );
    expect(error.problems).toContain('HTTP_PORT must be a port number from 0 to 65535.');
    expect(error.problems).toContain(
      'DISCORD_TOKEN looks like a placeholder or contains spaces. Set the bot token from the Discord developer portal, or leave it empty to run the local sandbox.',
    );
    expect(error.problems).toContain(
      'DISCORD_API_URL must be an http(s) URL of the REST base without the version, such as http://127.0.0.1:8090/api.',
    );
  });

  it('puts each problem on its own line of the message', () => {
    const error = rejectionOf({ HTTP_PORT: '99999', GAZETTE_TIMES: 'noon' });

    expect(error.name).toBe('EnvironmentError');
    expect(error.message.split('\n')).toEqual([
      'Invalid environment:',
      '  - HTTP_PORT must be a port number from 0 to 65535.',
      '  - GAZETTE_TIMES must be 24-hour HH:MM times separated by commas, such as 13:00,21:00.',
    ]);
  });

  it('never repeats a rejected token in the message', () => {
    const error = rejectionOf({ DISCORD_TOKEN: 'changeme' });

    expect(error.message).not.toContain('changeme');
  });
});
