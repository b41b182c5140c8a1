import { InvalidOptionError } from '../common/game-error';

/** The nine scholar archetypes of the game. */
export const ARCHETYPES = [
  'Empiricist',
  'Visionary',
  'Trickster',
  'Administrator',
  'Gadfly',
  'Field Engineer',
  'Archivist',
  'Mystic',
  'Polymath',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

/** The ten research disciplines; expeditions name one and scholars hold one or two. */
export const DISCIPLINES = [
  'Archaeology',
  'Epigraphy',
  'Metallurgy',
  'Palaeoclimatology',
  'Geodesy',
  'Comparative Myth',
  'Experimental Archaeology',
  'Chronology',
  'Remote Sensing',
  'Conservation',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/** The five factions; each has one canonical key used everywhere. */
export const FACTIONS = ['academia', 'government', 'industry', 'religion', 'foreign'] as const;
export type Faction = (typeof FACTIONS)[number];

/**
 * Throws `InvalidOptionError` unless the value is one of the five faction keys. Discord offers
 * only these as choices, but a service must not trust that every caller went through Discord.
 */
export function checkFaction(value: string): asserts value is Faction {
  if (!(FACTIONS as readonly string[]).includes(value)) {
    throw new InvalidOptionError(
      'faction',
      `"${value.slice(0, 40)}" is not a faction. Choose one of ${FACTIONS.join(', ')}.`,
    );
  }
}

/** Stats on a 0–10 scale. */
export interface ScholarStats {
  talent: number;
  reliability: number;
  integrity: number;
  theatrics: number;
  loyalty: number;
  risk: number;
}

/** Everything that defines a scholar's character, independent of campaign state. */
export interface ScholarProfile {
  /** Stable key within a campaign: `legend-<name>` for legends, `gen-<index>` for procedural ones. */
  key: string;
  name: string;
  /** A short honorific or post shown beside the name ("Keeper of the Lower Stacks"). */
  title: string;
  archetype: Archetype;
  /** One or two disciplines. */
  disciplines: Discipline[];
  /** Exactly two research methods. */
  methods: [string, string];
  drives: string[];
  virtues: string[];
  vice: string;
  stats: ScholarStats;
  /** Political leaning toward each faction, an integer in −3..+3. */
  politics: Record<Faction, number>;
  catchphrase: string;
  taboos: string[];
  /** Career history, oldest first, one line each. */
  career: string[];
  isLegend: boolean;
}
