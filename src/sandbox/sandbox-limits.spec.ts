import { isEmptyMessage, validateAutocompleteChoices, validateMessageBody } from './sandbox-limits';

function firstErrorCode(errors: unknown, ...path: (string | number)[]): string | undefined {
  let node = errors as Record<string, unknown> | undefined;
  for (const key of path) {
    node = node?.[key] as Record<string, unknown> | undefined;
  }
  const list = node?._errors as { code: string }[] | undefined;

  return list?.[0]?.code;
}

describe('validateMessageBody', () => {
  it('accepts content of exactly 2000 characters', () => {
    expect(validateMessageBody({ content: 'x'.repeat(2000) })).toBeNull();
  });

  it('rejects content over 2000 characters', () => {
    const errors = validateMessageBody({ content: 'x'.repeat(2001) });

    expect(firstErrorCode(errors, 'content')).toBe('BASE_TYPE_MAX_LENGTH');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(validateMessageBody({ content: '🜂'.repeat(2000) })).toBeNull();
  });

  it('rejects more than 10 embeds', () => {
    const embeds = Array.from({ length: 11 }, () => ({ title: 't' }));

    expect(firstErrorCode(validateMessageBody({ embeds }), 'embeds')).toBe('BASE_TYPE_MAX_LENGTH');
  });

  it.each([
    ['title', { title: 'x'.repeat(257) }, ['embeds', 0, 'title']],
    ['description', { description: 'x'.repeat(4097) }, ['embeds', 0, 'description']],
    ['footer', { footer: { text: 'x'.repeat(2049) } }, ['embeds', 0, 'footer', 'text']],
    ['author', { author: { name: 'x'.repeat(257) } }, ['embeds', 0, 'author', 'name']],
    [
      'field name',
      { fields: [{ name: 'x'.repeat(257), value: 'v' }] },
      ['embeds', 0, 'fields', 0, 'name'],
    ],
    [
      'field value',
      { fields: [{ name: 'n', value: 'x'.repeat(1025) }] },
      ['embeds', 0, 'fields', 0, 'value'],
    ],
  ])('rejects a long embed %s', (_name, embed, path) => {
    const errors = validateMessageBody({ embeds: [embed] });

    expect(firstErrorCode(errors, ...path)).toBe('BASE_TYPE_MAX_LENGTH');
  });

  it('rejects more than 25 fields', () => {
    const fields = Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' }));

    expect(
      firstErrorCode(validateMessageBody({ embeds: [{ fields }] }), 'embeds', 0, 'fields'),
    ).toBe('BASE_TYPE_MAX_LENGTH');
  });

  it('rejects embeds over 6000 characters in total', () => {
    const embeds = [{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }];

    expect(firstErrorCode(validateMessageBody({ embeds }), 'embeds')).toBe(
      'MAX_EMBED_SIZE_EXCEEDED',
    );
  });

  it('accepts embeds of exactly 6000 characters in total', () => {
    const embeds = [{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2000) }];

    expect(validateMessageBody({ embeds })).toBeNull();
  });

  it('rejects parse users together with a users list', () => {
    const errors = validateMessageBody({ allowed_mentions: { parse: ['users'], users: ['1'] } });

    expect(firstErrorCode(errors, 'allowed_mentions', 'users')).toBe(
      'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
    );
  });

  it('rejects a nonce over 25 characters', () => {
    expect(firstErrorCode(validateMessageBody({ nonce: 'n'.repeat(26) }), 'nonce')).toBe(
      'BASE_TYPE_MAX_LENGTH',
    );
  });
});

describe('validateAutocompleteChoices', () => {
  it('rejects more than 25 choices', () => {
    const choices = Array.from({ length: 26 }, (_, index) => ({
      name: `c${index}`,
      value: `c${index}`,
    }));

    expect(firstErrorCode(validateAutocompleteChoices(choices), 'data', 'choices')).toBe(
      'BASE_TYPE_MAX_LENGTH',
    );
  });

  it('rejects a choice name over 100 characters', () => {
    const errors = validateAutocompleteChoices([{ name: 'x'.repeat(101), value: 'v' }]);

    expect(firstErrorCode(errors, 'data', 'choices', 0, 'name')).toBe('BASE_TYPE_MAX_LENGTH');
  });

  it('accepts 25 short choices', () => {
    const choices = Array.from({ length: 25 }, (_, index) => ({ name: `c${index}`, value: index }));

    expect(validateAutocompleteChoices(choices)).toBeNull();
  });
});

describe('isEmptyMessage', () => {
  it('treats a body without content, embeds or files as empty', () => {
    expect(isEmptyMessage({ content: '' }, 0)).toBe(true);
  });

  it('treats a file alone as not empty', () => {
    expect(isEmptyMessage({}, 1)).toBe(false);
  });
});
