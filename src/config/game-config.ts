import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Joi from 'joi';
import { parse } from 'yaml';

/** The shipped tunables: `config/game.yaml` at the project root, for the sources and the build. */
export const DEFAULT_GAME_CONFIG_PATH = resolve(__dirname, '..', '..', 'config', 'game.yaml');

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
  expeditions: ExpeditionsConfig;
  symposium: SymposiumConfig;
}

/** Tunable numbers of the weekly symposium. */
export interface SymposiumConfig {
  /** Weekday of the call in the campaign's time zone, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** `HH:MM` of the call in the campaign's time zone. */
  time: string;
  maxPendingPerPlayer: number;
  maxPendingTotal: number;
  /** Days after which a proposal expires, and the span over which its freshness falls to 0. */
  proposalLifetimeDays: number;
  /** Score added when the proposer had none of the recent topics; subtracted otherwise. */
  freshProposerBonus: number;
  repeatProposerPenalty: number;
  /** How many of the latest topics count as recent for the proposer bonus. */
  recentTopics: number;
  /** A pledge is `basePledge + min(miss streak, maxMissSurcharge)`. */
  basePledge: number;
  maxMissSurcharge: number;
  /** One missed vote in this many days is forgiven. */
  graceDays: number;
  /** Debt at which the weekly reputation loss starts, and the loss per week. */
  reprisalDebt: number;
  reprisalReputation: number;
  titleMinLength: number;
  titleMaxLength: number;
}

/** Influence by faction; factions left out cost or pay nothing. */
export type FactionAmounts = Partial<
  Record<'academia' | 'government' | 'industry' | 'religion' | 'foreign', number>
>;

/** Tunable numbers of expeditions, conferences, challenges and sidecasts. */
export interface ExpeditionsConfig {
  /** Influence each expedition type costs at shallow preparation. */
  costs: { think_tank: FactionAmounts; field: FactionAmounts; great_project: FactionAmounts };
  /** Extra academia per preparation step: standard pays this once, deep twice. */
  academiaPerDepthStep: number;
  /** Influence each type pays its player on a partial result or better. */
  rewards: { think_tank: FactionAmounts; field: FactionAmounts; great_project: FactionAmounts };
  maxTeamSize: number;
  objectiveMinLength: number;
  objectiveMaxLength: number;
  /** Change of each team scholar's feeling toward the player. */
  teamFeelingOnSuccess: number;
  teamFeelingOnFailure: number;
  /** Chance in [0, 1] that a partial result or better brings a junior, while the roster is small. */
  sidecastChance: number;
  /** No sidecast joins a roster of this many scholars or more. */
  sidecastRosterLimit: number;
  juniorStartingLoyalty: number;
  juniorNeglectedLoyalty: number;
  /** Digests without mentorship after which a junior's loyalty drops. */
  juniorNeglectDigests: number;
  /** Path of the failure, discovery and sidecast tables; empty uses the bundled file. */
  tablesPath: string;
  conference: {
    cost: FactionAmounts;
    maxSupporters: number;
    maxOpposition: number;
    supporterBonus: number;
    oppositionPenalty: number;
    successFrom: number;
    partialFrom: number;
  };
}

function factionAmounts(defaults: FactionAmounts): Joi.ObjectSchema<FactionAmounts> {
  const amount = Joi.number().integer().min(0).max(20);
  return Joi.object<FactionAmounts>({
    academia: amount,
    government: amount,
    industry: amount,
    religion: amount,
    foreign: amount,
  }).default(defaults);
}

function expeditionsSchema(): Joi.ObjectSchema<ExpeditionsConfig> {
  const percent = Joi.number().integer().min(0).max(200);
  return Joi.object<ExpeditionsConfig>({
    costs: Joi.object({
      think_tank: factionAmounts({ academia: 1 }),
      field: factionAmounts({ academia: 1, government: 1 }),
      great_project: factionAmounts({ academia: 2, government: 2, industry: 2 }),
    }).default(),
    academiaPerDepthStep: Joi.number().integer().min(0).max(10).default(1),
    rewards: Joi.object({
      think_tank: factionAmounts({ academia: 1 }),
      field: factionAmounts({ government: 1, industry: 1 }),
      great_project: factionAmounts({ academia: 2, industry: 2, foreign: 1 }),
    }).default(),
    maxTeamSize: Joi.number().integer().min(1).max(4).default(4),
    objectiveMinLength: Joi.number().integer().min(1).max(100).default(10),
    objectiveMaxLength: Joi.number().integer().min(20).max(500).default(300),
    teamFeelingOnSuccess: Joi.number().min(-10).max(10).default(1),
    teamFeelingOnFailure: Joi.number().min(-10).max(10).default(-2),
    sidecastChance: Joi.number().min(0).max(1).default(0.35),
    sidecastRosterLimit: Joi.number().integer().min(20).max(30).default(30),
    juniorStartingLoyalty: Joi.number().integer().min(0).max(10).default(4),
    juniorNeglectedLoyalty: Joi.number().integer().min(0).max(10).default(2),
    juniorNeglectDigests: Joi.number().integer().min(1).max(60).default(3),
    tablesPath: Joi.string().allow('').default(''),
    conference: Joi.object({
      cost: factionAmounts({ academia: 1 }),
      maxSupporters: Joi.number().integer().min(0).max(10).default(3),
      maxOpposition: Joi.number().integer().min(0).max(10).default(3),
      supporterBonus: percent.default(5),
      oppositionPenalty: percent.default(5),
      successFrom: percent.default(60),
      partialFrom: percent.default(40),
    }).default(),
  }).default();
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
  })
    .custom((theory: GameConfig['theory'], helpers) => {
      if (theory.claimMinLength > theory.claimMaxLength) {
        return helpers.message({ custom: 'theory.claimMinLength must not exceed claimMaxLength' });
      }
      if (theory.defaultDeadlineDays > theory.maxDeadlineDays) {
        return helpers.message({
          custom: 'theory.defaultDeadlineDays must not exceed maxDeadlineDays',
        });
      }
      return theory;
    })
    .default(),
  gazette: Joi.object({
    maxCatchUpEditions: Joi.number().integer().min(1).max(60).default(6),
    recentHeadlines: Joi.number().integer().min(1).max(25).default(10),
    retryBaseSeconds: Joi.number().integer().min(1).max(3600).default(15),
    maxSendAttempts: Joi.number().integer().min(1).max(100).default(20),
  }).default(),
  expeditions: expeditionsSchema(),
  symposium: Joi.object<SymposiumConfig>({
    weekday: Joi.number().integer().min(1).max(7).default(5),
    time: Joi.string()
      .pattern(/^([01]\d|2[0-3]):[0-5]\d$/)
      .default('12:00'),
    maxPendingPerPlayer: Joi.number().integer().min(1).max(12).default(3),
    maxPendingTotal: Joi.number().integer().min(1).max(100).default(12),
    proposalLifetimeDays: Joi.number().integer().min(1).max(365).default(28),
    freshProposerBonus: Joi.number().min(0).max(10).default(0.5),
    repeatProposerPenalty: Joi.number().min(0).max(10).default(0.75),
    recentTopics: Joi.number().integer().min(0).max(52).default(4),
    basePledge: Joi.number().integer().min(0).max(20).default(2),
    maxMissSurcharge: Joi.number().integer().min(0).max(20).default(5),
    graceDays: Joi.number().integer().min(0).max(365).default(28),
    reprisalDebt: Joi.number().integer().min(1).max(100).default(6),
    reprisalReputation: Joi.number().integer().min(0).max(10).default(1),
    titleMinLength: Joi.number().integer().min(1).max(100).default(10),
    titleMaxLength: Joi.number().integer().min(20).max(200).default(200),
  }).default(),
});

/** Reads and validates the game configuration file; a missing file gives the defaults. */
export function loadGameConfig(path: string): GameConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `Game config ${path} not found. Set GAME_CONFIG_PATH to an existing file, or leave it unset for the project's config/game.yaml.`,
      );
    }
    throw new Error(`Cannot read game config ${path}: ${(error as Error).message}`);
  }

  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    throw new Error(`Cannot read game config ${path}: ${(error as Error).message}`);
  }

  return validateGameConfig(raw, path);
}

/** Returns the defaults, for tests that need a config without a file. */
export function defaultGameConfig(): GameConfig {
  return validateGameConfig({}, 'defaults');
}

function validateGameConfig(raw: unknown, path: string): GameConfig {
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
