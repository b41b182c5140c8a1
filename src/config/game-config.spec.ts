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
  expeditions: {
    costs: {
      think_tank: { academia: 1 },
      field: { academia: 1, government: 1 },
      great_project: { academia: 2, government: 2, industry: 2 },
    },
    academiaPerDepthStep: 1,
    rewards: {
      think_tank: { academia: 1 },
      field: { government: 1, industry: 1 },
      great_project: { academia: 2, industry: 2, foreign: 1 },
    },
    maxTeamSize: 4,
    objectiveMinLength: 10,
    objectiveMaxLength: 300,
    teamFeelingOnSuccess: 1,
    teamFeelingOnFailure: -2,
    sidecastChance: 0.35,
    sidecastRosterLimit: 30,
    juniorStartingLoyalty: 4,
    juniorNeglectedLoyalty: 2,
    juniorNeglectDigests: 3,
    tablesPath: '',
    conference: {
      cost: { academia: 1 },
      maxSupporters: 3,
      maxOpposition: 3,
      supporterBonus: 5,
      oppositionPenalty: 5,
      successFrom: 60,
      partialFrom: 40,
    },
  },
  symposium: {
    weekday: 5,
    time: '12:00',
    maxPendingPerPlayer: 3,
    maxPendingTotal: 12,
    proposalLifetimeDays: 28,
    freshProposerBonus: 0.5,
    repeatProposerPenalty: 0.75,
    recentTopics: 4,
    basePledge: 2,
    maxMissSurcharge: 5,
    graceDays: 28,
    reprisalDebt: 6,
    reprisalReputation: 1,
    titleMinLength: 10,
    titleMaxLength: 200,
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
  it('rejects a minimum claim length above the maximum', () => {
    const path = writeConfig('theory:\n  claimMinLength: 100\n  claimMaxLength: 50\n');

    expect(rejectionOf(path)).toContain('theory.claimMinLength must not exceed claimMaxLength');
  });

  it('rejects a default deadline beyond the longest allowed', () => {
    const path = writeConfig('theory:\n  defaultDeadlineDays: 30\n  maxDeadlineDays: 10\n');

    expect(rejectionOf(path)).toContain(
      'theory.defaultDeadlineDays must not exceed maxDeadlineDays',
    );
  });

  it('rejects a missing file by name', () => {
    const path = join(folder, 'absent.yaml');

    expect(rejectionOf(path)).toContain(`Game config ${path} not found.`);
  });

  it('gives the defaults without a file', () => {
    expect(defaultGameConfig()).toEqual(DEFAULTS);
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
