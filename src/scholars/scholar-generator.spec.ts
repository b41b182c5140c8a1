import {
  buildStartingRoster,
  generateScholar,
  nextProceduralScholar,
  STARTING_ROSTER_MAX_SIZE,
  STARTING_ROSTER_MIN_SIZE,
} from './scholar-generator';
import { SCHOLAR_LEGENDS } from './scholar-legends';
import { NAME_CULTURES } from './scholar-name-parts';
import { ARCHETYPES, DISCIPLINES, FACTIONS, type ScholarProfile } from './scholar-profile';

const STAT_NAMES = ['talent', 'reliability', 'integrity', 'theatrics', 'loyalty', 'risk'] as const;

function expectValidProfile(profile: ScholarProfile): void {
  expect(profile.name.trim()).not.toBe('');
  expect(profile.title.trim()).not.toBe('');

  expect(ARCHETYPES).toContain(profile.archetype);
  expect(profile.disciplines.length).toBeGreaterThanOrEqual(1);
  expect(profile.disciplines.length).toBeLessThanOrEqual(2);
  expect(new Set(profile.disciplines).size).toBe(profile.disciplines.length);
  for (const discipline of profile.disciplines) {
    expect(DISCIPLINES).toContain(discipline);
  }

  expect(profile.methods).toHaveLength(2);
  expect(profile.methods[0]).not.toBe(profile.methods[1]);

  expect(profile.drives.length).toBeGreaterThanOrEqual(2);
  expect(profile.drives.length).toBeLessThanOrEqual(3);
  expect(new Set(profile.drives).size).toBe(profile.drives.length);
  expect(profile.virtues).toHaveLength(2);
  expect(profile.virtues[0]).not.toBe(profile.virtues[1]);
  expect(profile.vice.trim()).not.toBe('');

  for (const stat of STAT_NAMES) {
    expect(Number.isInteger(profile.stats[stat])).toBe(true);
    expect(profile.stats[stat]).toBeGreaterThanOrEqual(0);
    expect(profile.stats[stat]).toBeLessThanOrEqual(10);
  }

  expect(Object.keys(profile.politics).sort()).toEqual([...FACTIONS].sort());
  for (const faction of FACTIONS) {
    expect(Number.isInteger(profile.politics[faction])).toBe(true);
    expect(profile.politics[faction]).toBeGreaterThanOrEqual(-3);
    expect(profile.politics[faction]).toBeLessThanOrEqual(3);
  }

  expect(profile.catchphrase.length).toBeGreaterThan(0);
  expect(profile.catchphrase.length).toBeLessThan(120);
  expect(profile.catchphrase).not.toMatch(/[{}\n]/);
  expect(profile.catchphrase).toMatch(/^[A-Z]/);

  expect(profile.taboos.length).toBeGreaterThanOrEqual(1);
  expect(profile.taboos.length).toBeLessThanOrEqual(2);
  expect(new Set(profile.taboos).size).toBe(profile.taboos.length);

  expect(profile.career.length).toBeGreaterThanOrEqual(2);
  expect(profile.career.length).toBeLessThanOrEqual(4);
  for (const line of profile.career) {
    expect(line).not.toMatch(/[{}\n]/);
  }
}

function careerYears(profile: ScholarProfile): number[] {
  return profile.career.map((line) => Number(/^(\d{4}):/.exec(line)?.[1]));
}

describe('generateScholar', () => {
  it('returns the same scholar for the same seed and index', () => {
    expect(generateScholar('seed-a', 7)).toEqual(generateScholar('seed-a', 7));
  });

  it('keys procedural scholars by index', () => {
    const profile = generateScholar('seed-a', 12);

    expect(profile.key).toBe('gen-12');
    expect(profile.isLegend).toBe(false);
  });

  it('keeps 500 scholars within every rule', () => {
    for (let index = 0; index < 500; index += 1) {
      expectValidProfile(generateScholar('range-check', index));
    }
  });

  it('writes careers with rising years up to 1920', () => {
    for (let index = 0; index < 200; index += 1) {
      const years = careerYears(generateScholar('career-check', index));
      for (const year of years) {
        expect(year).toBeGreaterThanOrEqual(1890);
        expect(year).toBeLessThanOrEqual(1920);
      }
      for (let step = 1; step < years.length; step += 1) {
        expect(years[step]).toBeGreaterThan(years[step - 1]);
      }
    }
  });

  it('names scholars from one culture', () => {
    for (let index = 0; index < 200; index += 1) {
      const [given, surname] = generateScholar('culture-check', index).name.split(' ');
      const culture = NAME_CULTURES.find((entry) => entry.givenNames.includes(given));

      expect(culture).toBeDefined();
      expect(culture?.surnames).toContain(surname);
    }
  });

  it('offers enough original name parts', () => {
    const givenNames = new Set(NAME_CULTURES.flatMap((culture) => culture.givenNames));
    const surnames = new Set(NAME_CULTURES.flatMap((culture) => culture.surnames));

    expect(givenNames.size).toBeGreaterThanOrEqual(40);
    expect(surnames.size).toBeGreaterThanOrEqual(40);
  });

  it('draws every archetype and discipline over many scholars', () => {
    const profiles = Array.from({ length: 500 }, (_, index) => generateScholar('spread', index));

    expect(new Set(profiles.map((profile) => profile.archetype))).toEqual(new Set(ARCHETYPES));
    expect(new Set(profiles.flatMap((profile) => profile.disciplines))).toEqual(
      new Set(DISCIPLINES),
    );
  });

  it('rejects a negative or fractional index', () => {
    expect(() => generateScholar('seed-a', -1)).toThrow(RangeError);
    expect(() => generateScholar('seed-a', 1.5)).toThrow(RangeError);
  });
});

describe('nextProceduralScholar', () => {
  it('returns the start index when its name is free', () => {
    const result = nextProceduralScholar('growth', new Set(), 4);

    expect(result.index).toBe(4);
    expect(result.profile).toEqual(generateScholar('growth', 4));
  });

  it('skips indexes whose names are taken', () => {
    const takenNames = new Set([
      generateScholar('growth', 4).name,
      generateScholar('growth', 5).name,
    ]);
    const result = nextProceduralScholar('growth', takenNames, 4);

    expect(result.index).toBeGreaterThan(5);
    expect(takenNames.has(result.profile.name)).toBe(false);
    expect(result.profile.key).toBe(`gen-${result.index}`);
  });

  it('throws when every name is taken', () => {
    const everyName = new Set(
      NAME_CULTURES.flatMap((culture) =>
        culture.givenNames.flatMap((given) =>
          culture.surnames.map((surname) => `${given} ${surname}`),
        ),
      ),
    );

    expect(() => nextProceduralScholar('growth', everyName, 0)).toThrow(/no free scholar name/);
  });
});

describe('buildStartingRoster', () => {
  it('returns an identical roster for the same seed', () => {
    expect(buildStartingRoster('campaign-1', 25)).toEqual(buildStartingRoster('campaign-1', 25));
  });

  it('generates different names for different seeds', () => {
    const first = buildStartingRoster('campaign-1', 30).slice(SCHOLAR_LEGENDS.length);
    const second = buildStartingRoster('campaign-2', 30).slice(SCHOLAR_LEGENDS.length);

    expect(first.map((profile) => profile.name)).not.toEqual(second.map((profile) => profile.name));
  });

  it('opens with the ten legends', () => {
    const roster = buildStartingRoster('campaign-1', 20);

    expect(roster.slice(0, SCHOLAR_LEGENDS.length)).toEqual(SCHOLAR_LEGENDS);
    expect(roster.slice(SCHOLAR_LEGENDS.length).every((profile) => !profile.isLegend)).toBe(true);
  });

  it('returns copies the caller may change', () => {
    const roster = buildStartingRoster('campaign-1', 20);
    roster[0].stats.loyalty = 0;
    roster[0].drives.push('to be mutated by a test');

    expect(SCHOLAR_LEGENDS[0].stats.loyalty).not.toBe(0);
    expect(SCHOLAR_LEGENDS[0].drives).not.toContain('to be mutated by a test');
  });

  it('returns the requested size at both bounds', () => {
    expect(buildStartingRoster('bounds', STARTING_ROSTER_MIN_SIZE)).toHaveLength(20);
    expect(buildStartingRoster('bounds', STARTING_ROSTER_MAX_SIZE)).toHaveLength(30);
  });

  it('keeps names and keys unique across many seeds', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const roster = buildStartingRoster(`unique-${seed}`, 30);

      expect(new Set(roster.map((profile) => profile.name)).size).toBe(30);
      expect(new Set(roster.map((profile) => profile.key)).size).toBe(30);
    }
  });

  it('skips a colliding name and draws the next index', () => {
    // Some seed among the first 200 hits a collision: by the birthday estimate, 20 draws from
    // 500 equally likely names repeat one in about a third of rosters.
    const collidingSeed = Array.from({ length: 200 }, (_, seed) => `unique-${seed}`).find(
      (seed) => {
        const keys = buildStartingRoster(seed, 30).map((profile) => profile.key);
        return keys.at(-1) !== `gen-${30 - SCHOLAR_LEGENDS.length - 1}`;
      },
    );

    expect(collidingSeed).toBeDefined();
    const roster = buildStartingRoster(collidingSeed ?? '', 30);
    const generatedIndexes = roster
      .slice(SCHOLAR_LEGENDS.length)
      .map((profile) => Number(profile.key.slice('gen-'.length)));
    const skippedIndex = generatedIndexes.findIndex((index, position) => index !== position);
    const skippedProfile = generateScholar(collidingSeed ?? '', skippedIndex);
    const earlierNames = roster
      .slice(0, SCHOLAR_LEGENDS.length + skippedIndex)
      .map((profile) => profile.name);

    expect(earlierNames).toContain(skippedProfile.name);
  });

  it.each([19, 31, 0, -5, 25.5, Number.NaN])('rejects size %p', (size) => {
    expect(() => buildStartingRoster('bounds', size)).toThrow(RangeError);
    expect(() => buildStartingRoster('bounds', size)).toThrow(/from 20 to 30/);
  });
});
