import type { Scholar } from '../scholars/scholar.entity';
import type { Theory } from '../theories/theory.entity';
import { scholarChoice, theoryChoice } from './presenters';

/** True when every surrogate in `text` belongs to a pair, so the text is valid Unicode. */
function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

describe('theoryChoice', () => {
  it('keeps a short claim whole', () => {
    const theory = { bulletinNumber: 3, claim: 'The salt road ran north.' } as Theory;

    expect(theoryChoice(theory)).toEqual({ name: 'No. 3 · The salt road ran north.', value: '3' });
  });

  it('cuts a long claim without splitting an emoji', () => {
    // "No. 12 · " is 9 characters, so the first emoji takes the 100th and 101st.
    const claim = `${'a'.repeat(90)}\u{1F600}\u{1F600} tail text`;
    const choice = theoryChoice({ bulletinNumber: 12, claim } as Theory);

    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(isWellFormed(choice.name)).toBe(true);
    expect(choice.name.endsWith('…')).toBe(true);
  });
});

describe('scholarChoice', () => {
  it('names the scholar, archetype and disciplines', () => {
    const scholar = {
      id: 7,
      name: 'Ilse Varga',
      archetype: 'Empiricist',
      disciplines: ['Geodesy', 'Chronology'],
    } as Scholar;

    expect(scholarChoice(scholar)).toEqual({
      name: 'Ilse Varga · Empiricist · Geodesy, Chronology',
      value: '7',
    });
  });

  it('stays within 100 characters', () => {
    const scholar = {
      id: 8,
      name: `${'b'.repeat(97)}\u{1F3DB}`,
      archetype: 'Mystic',
      disciplines: ['Epigraphy'],
    } as Scholar;

    const choice = scholarChoice(scholar);

    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(isWellFormed(choice.name)).toBe(true);
  });
});
