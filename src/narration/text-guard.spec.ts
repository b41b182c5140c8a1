import { inventedNumbers, numbersIn, TextGuard } from './text-guard';

describe('TextGuard', () => {
  describe('check', () => {
    const guard = new TextGuard({ blockedWords: ['bomb', 'kill yourself'] });

    it.each([
      ['a bombastic claim', true],
      ['The Bomb was a rumour', false],
      ['bomb!', false],
      ['bomber jackets', true],
      ['do not kill yourself over it', false],
      ['killing yourself slowly with footnotes', true],
    ])('checks whole words in "%s"', (text, isAccepted) => {
      expect(guard.check(text, 200).isAccepted).toBe(isAccepted);
    });

    it('rejects text over the length limit', () => {
      expect(guard.check('x'.repeat(11), 10)).toEqual({
        isAccepted: false,
        problem: 'longer than 10 characters',
      });
      expect(guard.check('x'.repeat(10), 10).isAccepted).toBe(true);
    });

    it('rejects blank text', () => {
      expect(guard.check('   ', 10).isAccepted).toBe(false);
    });

    it.each(['hello @everyone', 'hi @here', 'ask <@123456789012345678>', 'see <@&42>', '<#99>'])(
      'rejects the mention in "%s"',
      (text) => {
        expect(guard.check(text, 200)).toEqual({
          isAccepted: false,
          problem: 'contains a mention',
        });
      },
    );
  });

  describe('checkLine', () => {
    it('rejects a second line', () => {
      expect(new TextGuard().checkLine('one\ntwo', 200).isAccepted).toBe(false);
    });
  });

  describe('default blocklist', () => {
    it('blocks a profanity but not a word containing it', () => {
      const guard = new TextGuard();

      expect(guard.check('What a load of shit', 200).isAccepted).toBe(false);
      expect(guard.check('Shitake mushrooms and Scunthorpe', 200).isAccepted).toBe(true);
    });
  });
});

describe('numbersIn', () => {
  it('reads digits and drops thousands separators', () => {
    expect(numbersIn('No. 12 cost 1,000 crowns and 2.5 days')).toEqual(['12', '1000', '2.5']);
  });
});

describe('inventedNumbers', () => {
  const facts = ['backs Bulletin No. 3 by ada: "the gate was built twice"'];

  it('accepts numbers that are in the facts', () => {
    expect(inventedNumbers('Bulletin No. 3 is sound.', facts)).toEqual([]);
  });

  it('returns numbers that are not in the facts', () => {
    expect(inventedNumbers('Give ada 50 reputation for No. 3', facts)).toEqual(['50']);
  });

  it('accepts text without numbers', () => {
    expect(inventedNumbers('A fine wager.', facts)).toEqual([]);
  });
});
