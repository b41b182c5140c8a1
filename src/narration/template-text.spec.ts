import {
  countNoun,
  fillTemplate,
  formatSigned,
  joinNames,
  pickVariant,
  quotePlayerText,
  truncateText,
} from './template-text';

describe('quotePlayerText', () => {
  it('keeps plain words unchanged', () => {
    expect(quotePlayerText('The ruins at Velmar are older.')).toBe(
      'The ruins at Velmar are older.',
    );
  });

  it('breaks @everyone and @here in any case', () => {
    const quoted = quotePlayerText('@everyone @here @EVERYONE');

    expect(quoted).not.toMatch(/@everyone/i);
    expect(quoted).not.toMatch(/@here/i);
    expect(quoted).toBe('@\u200beveryone @\u200bhere @\u200bEVERYONE');
  });

  it('breaks user and role mentions', () => {
    expect(quotePlayerText('<@123> <@&456> <@!789>')).toBe(
      '<@\u200b123> <@\u200b&456> <@\u200b!789>',
    );
  });

  it('escapes inline markdown and backslashes', () => {
    expect(quotePlayerText('`a` *b* _c_ ~~d~~ ||e|| [f](g) \\h')).toBe(
      '\\`a\\` \\*b\\* \\_c\\_ \\~\\~d\\~\\~ \\|\\|e\\|\\| \\[f\\](g) \\\\h',
    );
  });

  it('escapes markers at the start', () => {
    expect(quotePlayerText('# Heading')).toBe('\\# Heading');
    expect(quotePlayerText('> quote')).toBe('\\> quote');
    expect(quotePlayerText('-# subtext')).toBe('\\-# subtext');
    expect(quotePlayerText('1. first')).toBe('1\\. first');
  });

  it('turns line breaks into spaces', () => {
    expect(quotePlayerText('one\ntwo\r\nthree\rfour')).toBe('one two three four');
  });
});

describe('truncateText', () => {
  it('returns short text unchanged', () => {
    expect(truncateText('abc', 3)).toBe('abc');
  });

  it('ends cut text with an ellipsis within the limit', () => {
    const cut = truncateText('abcdefghij', 5);

    expect(cut).toBe('abcd\u2026');
    expect(cut.length).toBeLessThanOrEqual(5);
  });

  it('never leaves a lone backslash before the ellipsis', () => {
    expect(truncateText('ab\\*cd', 4)).toBe('ab\u2026');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncateText('a\u{1F3DB}bcdef', 3);

    expect(cut).toBe('a\u2026');
  });
});

describe('pickVariant', () => {
  it('picks the same variant for the same key', () => {
    const variants = ['a', 'b', 'c', 'd'];

    expect(pickVariant(variants, 'seed', 1)).toBe(pickVariant(variants, 'seed', 1));
  });

  it('spreads different keys over the variants', () => {
    const variants = ['a', 'b', 'c', 'd'];
    const picked = new Set(
      Array.from({ length: 20 }, (_, index) => pickVariant(variants, 'k', index)),
    );

    expect(picked.size).toBeGreaterThanOrEqual(3);
  });

  it('rejects an empty list', () => {
    expect(() => pickVariant([], 'k')).toThrow(RangeError);
  });
});

describe('fillTemplate', () => {
  it('fills placeholders without expanding braces in values', () => {
    expect(fillTemplate('{a} and {b}', { a: '{b}', b: 2 })).toBe('{b} and 2');
  });

  it('throws on a missing value', () => {
    expect(() => fillTemplate('{missing}', {})).toThrow('{missing}');
  });
});

describe('formatting helpers', () => {
  it('signs numbers with a true minus', () => {
    expect(formatSigned(5)).toBe('+5');
    expect(formatSigned(-7)).toBe('\u22127');
    expect(formatSigned(0)).toBe('0');
  });

  it('counts with singular and plural', () => {
    expect(countNoun(1, 'item', 'items')).toBe('1 item');
    expect(countNoun(4, 'item', 'items')).toBe('4 items');
  });

  it('joins names as prose', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
