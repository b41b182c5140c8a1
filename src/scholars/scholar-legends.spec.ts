import { SCHOLAR_LEGENDS } from './scholar-legends';
import { NAME_CULTURES } from './scholar-name-parts';
import { ARCHETYPES, DISCIPLINES, FACTIONS } from './scholar-profile';

const STAT_NAMES = ['talent', 'reliability', 'integrity', 'theatrics', 'loyalty', 'risk'] as const;

describe('SCHOLAR_LEGENDS', () => {
  it('contains ten legends', () => {
    expect(SCHOLAR_LEGENDS).toHaveLength(10);
  });

  it('gives legends unique names and keys', () => {
    expect(new Set(SCHOLAR_LEGENDS.map((legend) => legend.name)).size).toBe(10);
    expect(new Set(SCHOLAR_LEGENDS.map((legend) => legend.key)).size).toBe(10);
  });

  it('keys each legend by its kebab-case name', () => {
    for (const legend of SCHOLAR_LEGENDS) {
      const kebabName = legend.name.toLowerCase().replace(/[^a-z]+/g, '-');

      expect(legend.key).toBe(`legend-${kebabName}`);
      expect(legend.isLegend).toBe(true);
    }
  });

  it('covers at least eight archetypes', () => {
    const archetypes = new Set(SCHOLAR_LEGENDS.map((legend) => legend.archetype));

    expect(archetypes.size).toBeGreaterThanOrEqual(8);
  });

  it('keeps every legend within the profile rules', () => {
    for (const legend of SCHOLAR_LEGENDS) {
      expect(legend.title.trim()).not.toBe('');

      expect(ARCHETYPES).toContain(legend.archetype);
      expect(legend.disciplines.length).toBeGreaterThanOrEqual(1);
      expect(legend.disciplines.length).toBeLessThanOrEqual(2);
      expect(new Set(legend.disciplines).size).toBe(legend.disciplines.length);
      for (const discipline of legend.disciplines) {
        expect(DISCIPLINES).toContain(discipline);
      }

      expect(legend.methods).toHaveLength(2);
      expect(legend.drives.length).toBeGreaterThanOrEqual(2);
      expect(legend.drives.length).toBeLessThanOrEqual(3);
      expect(legend.virtues).toHaveLength(2);
      expect(legend.vice.trim()).not.toBe('');

      for (const stat of STAT_NAMES) {
        expect(Number.isInteger(legend.stats[stat])).toBe(true);
        expect(legend.stats[stat]).toBeGreaterThanOrEqual(0);
        expect(legend.stats[stat]).toBeLessThanOrEqual(10);
      }

      expect(Object.keys(legend.politics).sort()).toEqual([...FACTIONS].sort());
      for (const faction of FACTIONS) {
        expect(Number.isInteger(legend.politics[faction])).toBe(true);
        expect(legend.politics[faction]).toBeGreaterThanOrEqual(-3);
        expect(legend.politics[faction]).toBeLessThanOrEqual(3);
      }

      expect(legend.catchphrase.length).toBeLessThan(120);
      expect(legend.catchphrase).not.toContain('\n');
      expect(legend.taboos.length).toBeGreaterThanOrEqual(1);
      expect(legend.taboos.length).toBeLessThanOrEqual(2);
      expect(legend.career.length).toBeGreaterThanOrEqual(2);
      expect(legend.career.length).toBeLessThanOrEqual(4);
    }
  });

  it('uses no name a procedural scholar could draw', () => {
    const proceduralNames = new Set(
      NAME_CULTURES.flatMap((culture) =>
        culture.givenNames.flatMap((given) =>
          culture.surnames.map((surname) => `${given} ${surname}`),
        ),
      ),
    );

    for (const legend of SCHOLAR_LEGENDS) {
      expect(proceduralNames.has(legend.name)).toBe(false);
    }
  });
});
