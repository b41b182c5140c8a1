import { RandomStream } from '../common/random';
import { SCHOLAR_LEGENDS } from './scholar-legends';
import {
  ARCHETYPE_BASE_STATS,
  ARCHETYPE_DISCIPLINES,
  ARCHETYPE_POLITICAL_LEANS,
  CAREER_CLOSINGS,
  CAREER_INSTITUTIONS,
  CAREER_MIDDLES,
  CAREER_OPENINGS,
  CAREER_SITES,
  CATCHPHRASE_ERAS,
  CATCHPHRASE_EVIDENCE,
  CATCHPHRASE_OBJECTS,
  CATCHPHRASE_PLACES,
  CATCHPHRASE_RIVALS,
  CATCHPHRASE_TEMPLATES,
  CATCHPHRASE_TOOLS,
  DISCIPLINE_METHODS,
  DRIVES,
  HONORIFICS,
  NAME_CULTURES,
  TABOOS,
  VICES,
  VIRTUES,
} from './scholar-name-parts';
import {
  ARCHETYPES,
  DISCIPLINES,
  FACTIONS,
  type Archetype,
  type Discipline,
  type Faction,
  type ScholarProfile,
  type ScholarStats,
} from './scholar-profile';

/** Bounds of a campaign's starting roster, legends included. */
export const STARTING_ROSTER_MIN_SIZE = 20;
export const STARTING_ROSTER_MAX_SIZE = 30;

/**
 * Indexes tried before giving up on a free name. The name space contains 500 names, so a miss
 * this long means the caller's taken set covers almost all of them.
 */
const MAX_NAME_ATTEMPTS = 2000;

const SEASON_COUNTS = ['two', 'three', 'four', 'five', 'seven'] as const;

/**
 * Generates the procedural scholar at `index` of a campaign. The result depends only on the seed
 * and the index, so the same pair always gives the same scholar.
 */
export function generateScholar(campaignSeed: string, index: number): ScholarProfile {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`scholar index must be a non-negative integer, got ${index}`);
  }

  const random = new RandomStream(`${campaignSeed}:scholar:${index}`);
  const culture = random.pick(NAME_CULTURES);
  const name = `${random.pick(culture.givenNames)} ${random.pick(culture.surnames)}`;
  const archetype = random.pick(ARCHETYPES);
  const disciplines = drawDisciplines(random, archetype);
  const stats = drawStats(random, archetype);
  const politics = drawPolitics(random, archetype);
  const methodPool = disciplines.flatMap((discipline) => DISCIPLINE_METHODS[discipline]);
  const [firstMethod, secondMethod] = random.sample(methodPool, 2);

  return {
    key: `gen-${index}`,
    name,
    title: chooseHonorific(random, archetype, stats, politics),
    archetype,
    disciplines,
    methods: [firstMethod, secondMethod],
    drives: random.sample(DRIVES, random.int(2, 3)),
    virtues: random.sample(VIRTUES, 2),
    vice: random.pick(VICES),
    stats,
    politics,
    catchphrase: writeCatchphrase(random, archetype, disciplines[0]),
    taboos: random.sample(TABOOS, random.int(1, 2)),
    career: writeCareer(random, disciplines[0]),
    isLegend: false,
  };
}

/**
 * Finds the first procedural scholar from `startIndex` on whose name is not in `takenNames`.
 * Returns the profile and the index it was generated from, so the next search can start at
 * `index + 1`.
 */
export function nextProceduralScholar(
  campaignSeed: string,
  takenNames: ReadonlySet<string>,
  startIndex: number,
): { profile: ScholarProfile; index: number } {
  for (let index = startIndex; index < startIndex + MAX_NAME_ATTEMPTS; index += 1) {
    const profile = generateScholar(campaignSeed, index);
    if (!takenNames.has(profile.name)) {
      return { profile, index };
    }
  }

  throw new Error(
    `no free scholar name in indexes ${startIndex}..${startIndex + MAX_NAME_ATTEMPTS - 1} ` +
      `(${takenNames.size} names taken)`,
  );
}

/** The index after the highest `gen-N` key among `keys`, so a new scholar's key is free. */
export function nextGeneratedIndex(keys: readonly string[]): number {
  let highest = -1;
  for (const key of keys) {
    const match = /^gen-(\d+)$/.exec(key);
    if (match) {
      highest = Math.max(highest, Number(match[1]));
    }
  }

  return highest + 1;
}

/**
 * Builds a campaign's starting roster: copies of the ten legends, then procedural scholars from
 * index 0 on, skipping any whose name is already on the roster.
 */
export function buildStartingRoster(campaignSeed: string, size: number): ScholarProfile[] {
  if (
    !Number.isInteger(size) ||
    size < STARTING_ROSTER_MIN_SIZE ||
    size > STARTING_ROSTER_MAX_SIZE
  ) {
    throw new RangeError(
      `starting roster size must be a whole number from ${STARTING_ROSTER_MIN_SIZE} to ` +
        `${STARTING_ROSTER_MAX_SIZE}, got ${size}`,
    );
  }

  const roster = SCHOLAR_LEGENDS.map((legend) => structuredClone(legend));
  const takenNames = new Set(roster.map((scholar) => scholar.name));
  let nextIndex = 0;
  while (roster.length < size) {
    const { profile, index } = nextProceduralScholar(campaignSeed, takenNames, nextIndex);
    roster.push(profile);
    takenNames.add(profile.name);
    nextIndex = index + 1;
  }

  return roster;
}

function drawDisciplines(random: RandomStream, archetype: Archetype): Discipline[] {
  const first = random.pick(ARCHETYPE_DISCIPLINES[archetype]);
  if (random.int(1, 2) === 1) {
    return [first];
  }

  const second = random.pick(DISCIPLINES.filter((discipline) => discipline !== first));

  return [first, second];
}

function drawStats(random: RandomStream, archetype: Archetype): ScholarStats {
  const base = ARCHETYPE_BASE_STATS[archetype];

  return {
    talent: clamp(base.talent + random.int(-2, 2), 0, 10),
    reliability: clamp(base.reliability + random.int(-2, 2), 0, 10),
    integrity: clamp(base.integrity + random.int(-2, 2), 0, 10),
    theatrics: clamp(base.theatrics + random.int(-2, 2), 0, 10),
    loyalty: clamp(base.loyalty + random.int(-2, 2), 0, 10),
    risk: clamp(base.risk + random.int(-2, 2), 0, 10),
  };
}

function drawPolitics(random: RandomStream, archetype: Archetype): Record<Faction, number> {
  const leans = ARCHETYPE_POLITICAL_LEANS[archetype];
  const politics = {} as Record<Faction, number>;
  for (const faction of FACTIONS) {
    politics[faction] = clamp((leans[faction] ?? 0) + random.int(-2, 2), -3, 3);
  }

  return politics;
}

function chooseHonorific(
  random: RandomStream,
  archetype: Archetype,
  stats: ScholarStats,
  politics: Record<Faction, number>,
): string {
  // Devout Mystics are always ordained, and other devout scholars are ordained half the time.
  const isClergy = politics.religion >= 2 && (archetype === 'Mystic' || random.int(0, 1) === 0);
  if (isClergy) {
    return random.pick(HONORIFICS.clergy);
  }
  if (archetype === 'Field Engineer') {
    return random.pick(HONORIFICS.field);
  }
  if (archetype === 'Archivist') {
    return random.pick(HONORIFICS.archive);
  }
  if (archetype === 'Administrator') {
    return random.pick(HONORIFICS.office);
  }
  if (stats.talent >= 7) {
    return random.pick(HONORIFICS.senior);
  }

  return random.pick(HONORIFICS.junior);
}

function writeCatchphrase(
  random: RandomStream,
  archetype: Archetype,
  discipline: Discipline,
): string {
  return fillTemplate(random.pick(CATCHPHRASE_TEMPLATES[archetype]), {
    place: () => random.pick(CATCHPHRASE_PLACES),
    object: () => random.pick(CATCHPHRASE_OBJECTS),
    tool: () => random.pick(CATCHPHRASE_TOOLS),
    evidence: () => random.pick(CATCHPHRASE_EVIDENCE),
    rival: () => random.pick(CATCHPHRASE_RIVALS),
    era: () => random.pick(CATCHPHRASE_ERAS),
    discipline: () => discipline.toLowerCase(),
  });
}

/** Writes 2–4 career lines with rising years, ending between 1918 and 1920. */
function writeCareer(random: RandomStream, discipline: Discipline): string[] {
  const middleCount = random.int(0, 2);
  let year = random.int(1890, 1906);
  const fillers = {
    institution: () => random.pick(CAREER_INSTITUTIONS),
    site: () => random.pick(CAREER_SITES),
    seasons: () => random.pick(SEASON_COUNTS),
    discipline: () => discipline.toLowerCase(),
  };
  const career = [
    fillTemplate(random.pick(CAREER_OPENINGS), { ...fillers, year: () => `${year}` }),
  ];

  // Each middle step adds at most 5 years, so the last one lands by 1916, before the closing.
  for (const middle of random.sample(CAREER_MIDDLES, middleCount)) {
    year += random.int(2, 5);
    career.push(fillTemplate(middle, { ...fillers, year: () => `${year}` }));
  }
  const closingYear = random.int(1918, 1920);
  career.push(
    fillTemplate(random.pick(CAREER_CLOSINGS), { ...fillers, year: () => `${closingYear}` }),
  );

  return career;
}

/**
 * Replaces each `{slot}` with a fresh value from its filler, capitalising a value that opens
 * a sentence. An unknown slot is a bug in the data file, so it throws.
 */
function fillTemplate(template: string, fillers: Record<string, () => string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, slot: string, offset: number) => {
    const filler = fillers[slot];
    if (filler === undefined) {
      throw new Error(`template slot {${slot}} has no filler: "${template}"`);
    }
    const value = filler();
    const opensSentence = offset === 0 || /[.?!]\s$/.test(template.slice(0, offset));

    return opensSentence ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
