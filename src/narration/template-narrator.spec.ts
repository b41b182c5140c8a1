import { CONFIDENCE_LABELS } from '../theories/confidence';
import type {
  DigestFacts,
  ScholarReactionFacts,
  TheoryBulletinFacts,
  TheoryLapseFacts,
  YearTurnFacts,
} from './narrator';
import {
  PRESS_BODY_MAX_LENGTH,
  PRESS_HEADLINE_MAX_LENGTH,
  REACTION_MAX_LENGTH,
  TemplateNarrator,
} from './template-narrator';

const MINUS = '\u2212';

function bulletinFacts(overrides: Partial<TheoryBulletinFacts> = {}): TheoryBulletinFacts {
  return {
    bulletinNumber: 3,
    year: 1921,
    playerName: 'Imogen Thrale',
    claim: 'The drowned causeway at Velmar was built by tide-reckoning monks.',
    confidence: 'certain',
    supporterNames: ['Ottoline Vashti', 'Barnabus Creel'],
    deadline: '14 March 1921',
    ...overrides,
  };
}

function lapseFacts(overrides: Partial<TheoryLapseFacts> = {}): TheoryLapseFacts {
  return {
    bulletinNumber: 7,
    year: 1923,
    playerName: 'Imogen Thrale',
    claim: 'The Velmar tablets are a ledger of debts, not prayers.',
    reputationAfter: -4,
    ...overrides,
  };
}

function digestFacts(overrides: Partial<DigestFacts> = {}): DigestFacts {
  return {
    year: 1922,
    editionLabel: '3 May 1922, 13:00',
    itemCount: 5,
    foldedEditions: 0,
    campaignSeed: 'guild-42',
    ...overrides,
  };
}

function reactionFacts(overrides: Partial<ScholarReactionFacts> = {}): ScholarReactionFacts {
  return {
    scholarName: 'Ottoline Vashti',
    catchphrase: 'Measure twice, publish once',
    archetype: 'Empiricist',
    event: 'Imogen Thrale publishes Academic Bulletin No. 3.',
    stance: 0,
    ...overrides,
  };
}

const yearTurnFacts: YearTurnFacts = { fromYear: 1921, toYear: 1922, campaignSeed: 'guild-42' };

describe('TemplateNarrator', () => {
  const narrator = new TemplateNarrator();

  describe('theoryBulletin', () => {
    it('states every fact of the bulletin', async () => {
      const press = await narrator.theoryBulletin(bulletinFacts());

      expect(press.headline).toMatch(/^Academic Bulletin No\. 3 \u2014 /);
      expect(press.headline).toContain('Imogen Thrale');
      expect(press.body).toContain(
        '> \u201cThe drowned causeway at Velmar was built by tide-reckoning monks.\u201d',
      );
      expect(press.body).toContain(`**Confidence:** ${CONFIDENCE_LABELS.certain}`);
      expect(press.body).toContain('Ottoline Vashti and Barnabus Creel');
      expect(press.body).toContain('14 March 1921');
      expect(press.body).toContain('+5 reputation if vindicated');
      expect(press.body).toContain(`${MINUS}7 if refuted`);
      expect(press.body).toContain('+2 if partly borne out');
    });

    it('prints the stake-my-career wager', async () => {
      const press = await narrator.theoryBulletin(bulletinFacts({ confidence: 'stake_my_career' }));

      expect(press.body).toContain('**Confidence:** stake my career');
      expect(press.body).toContain('+15 reputation if vindicated');
      expect(press.body).toContain(`${MINUS}25 if refuted`);
      expect(press.body).toContain('+7 if partly borne out');
    });

    it('prints the suspect wager', async () => {
      const press = await narrator.theoryBulletin(bulletinFacts({ confidence: 'suspect' }));

      expect(press.body).toContain('**Confidence:** suspect');
      expect(press.body).toContain('+2 reputation if vindicated');
      expect(press.body).toContain(`${MINUS}1 if refuted`);
      expect(press.body).toContain('+1 if partly borne out');
    });

    it('says a claim without supporters stands alone', async () => {
      const press = await narrator.theoryBulletin(bulletinFacts({ supporterNames: [] }));

      expect(press.body).toContain('stands alone');
      expect(press.body).not.toContain('Ottoline Vashti');
    });

    it('lists three supporters as prose', async () => {
      const press = await narrator.theoryBulletin(
        bulletinFacts({ supporterNames: ['Ada Quill', 'Bram Hollow', 'Cecily Marsh'] }),
      );

      expect(press.body).toContain('Ada Quill, Bram Hollow and Cecily Marsh');
    });

    it('gives the same text for the same facts', async () => {
      const first = await narrator.theoryBulletin(bulletinFacts());
      const second = await new TemplateNarrator().theoryBulletin(bulletinFacts());

      expect(second).toEqual(first);
    });

    it('varies across bulletin numbers', async () => {
      const headlines = new Set<string>();
      const bodies = new Set<string>();
      for (let bulletinNumber = 1; bulletinNumber <= 20; bulletinNumber += 1) {
        const press = await narrator.theoryBulletin(bulletinFacts({ bulletinNumber }));
        headlines.add(press.headline.replace(/No\. \d+/, 'No. N'));
        bodies.add(press.body);
      }

      expect(headlines.size).toBeGreaterThanOrEqual(3);
      expect(bodies.size).toBeGreaterThanOrEqual(3);
    });

    it('breaks @everyone and @here in player text', async () => {
      const press = await narrator.theoryBulletin(
        bulletinFacts({
          playerName: '@here Imogen',
          claim: 'Hear this, @everyone: the ruins are older than <@&1234>.',
          supporterNames: ['@everyone'],
        }),
      );
      const text = `${press.headline}\n${press.body}`;

      expect(text).not.toContain('@everyone');
      expect(text).not.toContain('@here');
      expect(text).not.toContain('<@&');
      expect(text).toContain('@\u200beveryone');
    });

    it('escapes markdown in the claim', async () => {
      const press = await narrator.theoryBulletin(
        bulletinFacts({ claim: 'The ```vault``` is **sealed** and ||empty||\n> or [is it](x)' }),
      );

      expect(press.body).toContain('\\`\\`\\`vault\\`\\`\\`');
      expect(press.body).toContain('\\*\\*sealed\\*\\*');
      expect(press.body).toContain('\\|\\|empty\\|\\|');
      expect(press.body).toContain('\\[is it\\](x)');
      expect(press.body).not.toMatch(/\n> or/);
    });

    it('stays within limits for the longest allowed input', async () => {
      const longName = (letter: string) => `${letter}_`.repeat(50);
      const press = await narrator.theoryBulletin(
        bulletinFacts({
          bulletinNumber: 99999,
          playerName: longName('p'),
          claim: '*'.repeat(1000),
          supporterNames: [longName('a'), longName('b'), longName('c')],
          confidence: 'stake_my_career',
        }),
      );

      expect(press.headline.length).toBeLessThanOrEqual(PRESS_HEADLINE_MAX_LENGTH);
      expect(press.body.length).toBeLessThanOrEqual(PRESS_BODY_MAX_LENGTH);
      expect(press.headline).toContain('No. 99999');
      expect(press.body).toContain(`${MINUS}25 if refuted`);
      expect(press.body).toContain('14 March 1921');
    });

    it('shortens oversized input instead of overflowing', async () => {
      const press = await narrator.theoryBulletin(
        bulletinFacts({
          playerName: 'x'.repeat(5000),
          claim: '_'.repeat(50_000),
          supporterNames: Array.from({ length: 12 }, () => 'y'.repeat(500)),
          deadline: 'z'.repeat(5000),
        }),
      );

      expect(press.headline.length).toBeLessThanOrEqual(PRESS_HEADLINE_MAX_LENGTH);
      expect(press.body.length).toBeLessThanOrEqual(PRESS_BODY_MAX_LENGTH);
      expect(press.body).toContain('\u2026');
    });
  });

  describe('theoryLapse', () => {
    it('states the lapse and its cost', async () => {
      const press = await narrator.theoryLapse(lapseFacts());

      expect(press.headline).toContain('Academic Bulletin No. 7');
      expect(press.body).toContain('Academic Bulletin No. 7');
      expect(press.body).toContain('Imogen Thrale');
      expect(press.body).toContain('The Velmar tablets are a ledger of debts, not prayers.');
      expect(press.body).toContain('untested');
      expect(press.body).toContain(`${MINUS}1 for leaving the claim untested`);
      expect(press.body).toContain(`now stands at ${MINUS}4`);
    });

    it('gives the same text for the same facts', async () => {
      expect(await narrator.theoryLapse(lapseFacts())).toEqual(
        await narrator.theoryLapse(lapseFacts()),
      );
    });

    it('breaks @everyone in the claim', async () => {
      const press = await narrator.theoryLapse(lapseFacts({ claim: '@everyone look' }));

      expect(press.body).not.toContain('@everyone');
    });

    it('stays within limits for the longest allowed input', async () => {
      const press = await narrator.theoryLapse(
        lapseFacts({ playerName: '_'.repeat(100), claim: '`'.repeat(1000) }),
      );

      expect(press.headline.length).toBeLessThanOrEqual(PRESS_HEADLINE_MAX_LENGTH);
      expect(press.body.length).toBeLessThanOrEqual(PRESS_BODY_MAX_LENGTH);
      expect(press.body).toContain(`now stands at ${MINUS}4`);
    });
  });

  describe('yearTurn', () => {
    it('names both years', async () => {
      const press = await narrator.yearTurn(yearTurnFacts);

      expect(press.headline).toContain("The Year's Turn");
      expect(press.headline).toContain('1922');
      expect(press.body).toContain('1921');
      expect(press.body).toContain('1922');
    });

    it('gives the same text for the same facts', async () => {
      expect(await narrator.yearTurn(yearTurnFacts)).toEqual(
        await narrator.yearTurn({ ...yearTurnFacts }),
      );
    });

    it('varies across years', async () => {
      const bodies = new Set<string>();
      for (let fromYear = 1920; fromYear < 1940; fromYear += 1) {
        const press = await narrator.yearTurn({ ...yearTurnFacts, fromYear, toYear: fromYear + 1 });
        bodies.add(press.body.replace(/\d{4}/g, 'YEAR'));
      }

      expect(bodies.size).toBeGreaterThanOrEqual(3);
    });
  });

  describe('digestMasthead', () => {
    it('names the Gazette, edition, year and item count', async () => {
      const press = await narrator.digestMasthead(digestFacts());

      expect(press.headline).toContain('Gazette');
      expect(press.headline).toContain('3 May 1922, 13:00');
      expect(press.body).toContain('1922');
      expect(press.body).toContain('5 items');
      expect(press.body).not.toContain('missed');
    });

    it('uses the singular for one item', async () => {
      const press = await narrator.digestMasthead(digestFacts({ itemCount: 1 }));

      expect(press.body).toContain('1 item');
      expect(press.body).not.toContain('1 items');
    });

    it('mentions folded editions', async () => {
      const press = await narrator.digestMasthead(digestFacts({ foldedEditions: 3 }));

      expect(press.body).toContain('3 missed editions');
      expect(press.body).toContain('5 items');
    });

    it('mentions a single folded edition', async () => {
      const press = await narrator.digestMasthead(digestFacts({ foldedEditions: 1 }));

      expect(press.body).toContain('1 missed edition');
      expect(press.body).not.toContain('1 missed editions');
    });

    it('prints a quiet-day line with no items', async () => {
      const quiet = await narrator.digestMasthead(digestFacts({ itemCount: 0 }));

      expect(quiet.body).toContain('1922');
      expect(quiet.body).not.toMatch(/\b0 items\b/);
      expect(quiet.body).toMatch(/quiet|idle|nothing|silence/i);
    });

    it('gives the same text for the same facts', async () => {
      expect(await narrator.digestMasthead(digestFacts())).toEqual(
        await narrator.digestMasthead(digestFacts()),
      );
    });

    it('varies across editions', async () => {
      const texts = new Set<string>();
      for (let day = 1; day <= 20; day += 1) {
        const press = await narrator.digestMasthead(
          digestFacts({ editionLabel: `${day} May 1922, 13:00` }),
        );
        texts.add(`${press.headline.replace(/\d+ May/, 'D May')}\n${press.body}`);
      }

      expect(texts.size).toBeGreaterThanOrEqual(3);
    });
  });

  describe('scholarReactions', () => {
    it('returns one line per fact in order', async () => {
      const facts = [
        reactionFacts({ scholarName: 'Ada Quill' }),
        reactionFacts({ scholarName: 'Bram Hollow', archetype: 'Mystic' }),
        reactionFacts({ scholarName: 'Cecily Marsh', archetype: 'Unheard-of' }),
      ];
      const lines = await narrator.scholarReactions(facts);

      expect(lines).toHaveLength(3);
      expect(lines[0].startsWith('Ada Quill, ')).toBe(true);
      expect(lines[1].startsWith('Bram Hollow, ')).toBe(true);
      expect(lines[2].startsWith('Cecily Marsh, ')).toBe(true);
    });

    it('returns no lines for no facts', async () => {
      expect(await narrator.scholarReactions([])).toEqual([]);
    });

    it('keeps each line short and on one line', async () => {
      const lines = await narrator.scholarReactions([
        reactionFacts({ scholarName: '*'.repeat(100), catchphrase: 'c'.repeat(300) }),
        reactionFacts(),
      ]);

      for (const line of lines) {
        expect(line.length).toBeLessThan(200);
        expect(line).not.toContain('\n');
      }
    });

    it('words an admiring and a scornful stance differently', async () => {
      const [admiring, scornful] = await narrator.scholarReactions([
        reactionFacts({ stance: 8 }),
        reactionFacts({ stance: -8 }),
      ]);

      expect(admiring).not.toEqual(scornful);
    });

    it('draws admiring and scornful lines from separate sets', async () => {
      const events = Array.from({ length: 20 }, (_, index) => `Event number ${index}.`);
      const admiring = await narrator.scholarReactions(
        events.map((event) => reactionFacts({ event, stance: 9, catchphrase: '' })),
      );
      const scornful = await narrator.scholarReactions(
        events.map((event) => reactionFacts({ event, stance: -9, catchphrase: '' })),
      );
      const spoken = (line: string) => line.slice(line.indexOf('\u201c'));
      const admiringWords = new Set(admiring.map(spoken));

      expect(scornful.map(spoken).filter((words) => admiringWords.has(words))).toEqual([]);
    });

    it('shapes the manner by archetype', async () => {
      const mannersOf = async (archetype: string) => {
        const events = Array.from({ length: 10 }, (_, index) => `Event ${index}.`);
        const lines = await narrator.scholarReactions(
          events.map((event) => reactionFacts({ archetype, event, catchphrase: '' })),
        );
        return new Set(lines.map((line) => line.slice(0, line.indexOf(':'))));
      };
      const empiricist = await mannersOf('Empiricist');
      const mystic = await mannersOf('Mystic');

      expect([...empiricist].filter((manner) => mystic.has(manner))).toEqual([]);
    });

    it('closes some lines with the catchphrase', async () => {
      const events = Array.from({ length: 20 }, (_, index) => `Event ${index}.`);
      const lines = await narrator.scholarReactions(
        events.map((event) => reactionFacts({ event })),
      );

      expect(lines.some((line) => line.includes('Measure twice, publish once.'))).toBe(true);
    });

    it('gives the same lines for the same facts', async () => {
      const facts = [reactionFacts({ stance: 5 }), reactionFacts({ stance: -5 })];

      expect(await narrator.scholarReactions(facts)).toEqual(
        await narrator.scholarReactions(facts),
      );
    });

    it('breaks @everyone in a scholar name', async () => {
      const [line] = await narrator.scholarReactions([reactionFacts({ scholarName: '@everyone' })]);

      expect(line).not.toContain('@everyone');
      expect(line.length).toBeLessThanOrEqual(REACTION_MAX_LENGTH);
    });
  });
});
