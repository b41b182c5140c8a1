import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultGameConfig, loadGameConfig, type GameConfig } from './game-config';

const DEFAULTS: GameConfig = {
  startYear: 1920,
  startingInfluence: 3,
  rosterSize: 24,
  theory: {
    defaultDeadlineDays: 7,
    maxDeadlineDays: 60,
    maxSupporters: 3,
    claimMinLength: 10,
    claimMaxLength: 1000,
  },
  gazette: {
    maxCatchUpEditions: 6,
    recentHeadlines: 10,
    retryBaseSeconds: 15,
    maxSendAttempts: 20,
  },
};

describe('loadGameConfig', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'great-work-config-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  function writeConfig(text: string): string {
    const path = join(folder, 'game.yaml');
    writeFileSync(path, text);

    return path;
  }

  /** Returns the message of the error `loadGameConfig` throws, failing if it throws nothing. */
  function rejectionOf(path: string): string {
    try {
      loadGameConfig(path);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`config was accepted: ${path}`);
  }

  it('gives the defaults for a missing file', () => {
    expect(loadGameConfig(join(folder, 'absent.yaml'))).toEqual(DEFAULTS);
  });

  it('gives the defaults for an empty file', () => {
    expect(loadGameConfig(writeConfig(''))).toEqual(DEFAULTS);
  });

  it('reads the values of the file and keeps defaults for the rest', () => {
    const config = loadGameConfig(
      writeConfig(
        'startYear: 1899\ntheory:\n  maxSupporters: 2\ngazette:\n  retryBaseSeconds: 30\n',
      ),
    );

    expect(config.startYear).toBe(1899);
    expect(config.theory.maxSupporters).toBe(2);
    expect(config.theory.defaultDeadlineDays).toBe(7);
    expect(config.gazette.retryBaseSeconds).toBe(30);
    expect(config.gazette.maxSendAttempts).toBe(20);
  });

  it('reads the shipped config/game.yaml as the defaults', () => {
    expect(loadGameConfig(join(__dirname, '..', '..', 'config', 'game.yaml'))).toEqual(DEFAULTS);
  });

  it('rejects a roster outside 20 to 30', () => {
    const message = rejectionOf(writeConfig('rosterSize: 40\n'));

    expect(message).toContain('Invalid game config');
    expect(message).toContain('"rosterSize" must be less than or equal to 30');
  });

  it('lists every bad value in one error', () => {
    const message = rejectionOf(
      writeConfig(
        'startingInfluence: -1\ntheory:\n  maxSupporters: 4\ngazette:\n  maxCatchUpEditions: 0\n',
      ),
    );

    expect(message).toContain('"startingInfluence" must be greater than or equal to 0');
    expect(message).toContain('"theory.maxSupporters" must be less than or equal to 3');
    expect(message).toContain('"gazette.maxCatchUpEditions" must be greater than or equal to 1');
  });

  it('rejects a value that is not a number', () => {
    const message = rejectionOf(writeConfig('startYear: soon\n'));

    expect(message).toContain('"startYear" must be a number');
  });

  it('rejects an unknown key', () => {
    const message = rejectionOf(writeConfig('startYaer: 1900\n'));

    expect(message).toContain('"startYaer" is not allowed');
  });

  it('names the file when the YAML cannot be parsed', () => {
    const path = writeConfig('theory: [unclosed\n');
    const message = rejectionOf(path);

    expect(message).toContain(`Cannot read game config ${path}`);
  });
});

describe('defaultGameConfig', () => {
  it('returns the defaults', () => {
    expect(defaultGameConfig()).toEqual(DEFAULTS);
  });
});
