import { MAX_BULLETIN_REACTIONS, takeTurns } from './bulletin-reactions.step';

describe('takeTurns', () => {
  it('gives every bulletin a first voice before any second', () => {
    const turns = takeTurns([[11, 12, 13], [21], [31, 32]]);

    expect(turns).toEqual([
      [0, 11],
      [0, 12],
      [0, 13],
      [1, 21],
      [2, 31],
      [2, 32],
    ]);
  });

  it('stops at the maximum, first supporters first', () => {
    const lists = Array.from({ length: 6 }, (_, i) => [i * 10 + 1, i * 10 + 2, i * 10 + 3]);

    const turns = takeTurns(lists);

    expect(turns).toHaveLength(MAX_BULLETIN_REACTIONS);
    expect(turns.filter(([, id]) => id % 10 === 1)).toHaveLength(6);
    expect(turns.filter(([, id]) => id % 10 === 2)).toHaveLength(2);
    expect(turns.filter(([, id]) => id % 10 === 3)).toHaveLength(0);
  });

  it('returns nothing for bulletins without supporters', () => {
    expect(takeTurns([[], []])).toEqual([]);
    expect(takeTurns([])).toEqual([]);
  });
});
