import Joi from 'joi';
import { InvalidOptionError } from './game-error';
import { quoteForError, rejectValue, validateInput, visibleText } from './validate-input';

function playerMessageFor<T>(schema: Joi.ObjectSchema<T>, input: unknown): string {
  try {
    validateInput(schema, input);
  } catch (error) {
    if (error instanceof InvalidOptionError) {
      return error.playerMessage;
    }
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

describe('validateInput', () => {
  const plain = Joi.object({
    timeZone: Joi.string().trim(),
    deadlineDays: Joi.number().integer().min(1).max(30),
    title: Joi.string().trim().label('topic'),
    stance: Joi.string().valid('support', 'oppose'),
    count: Joi.number().required(),
  });

  it('returns the converted value', () => {
    expect(validateInput(plain, { timeZone: ' UTC ', count: '3', extra: 1 })).toEqual({
      timeZone: 'UTC',
      count: 3,
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['blank text', { timeZone: '   ', count: 1 }, 'The time_zone option cannot be blank.'],
    ['text of wrong type', { timeZone: 5, count: 1 }, 'The time_zone option must be text.'],
    ['unsafe number', { deadlineDays: 2 ** 53, count: 1 }, 'The deadline_days option is far too'],
    ['not a number', { deadlineDays: 'soon', count: 1 }, 'The deadline_days option must be a num'],
    ['fraction', { deadlineDays: 1.5, count: 1 }, 'The deadline_days option must be a whole'],
    ['number below minimum', { deadlineDays: 0, count: 1 }, 'must be at least 1.'],
    ['number above maximum', { deadlineDays: 31, count: 1 }, 'may be at most 30.'],
    ['missing option', {}, 'The count option is required.'],
    ['value off the list', { stance: 'maybe', count: 1 }, 'must be one of: support, oppose.'],
    ['explicit label', { title: '  ', count: 1 }, 'The topic option cannot be blank.'],
  ])('words %s for the player', (_case, input, expected) => {
    const message = playerMessageFor(plain, input);

    expect(message).toContain(expected);
    expect(message).not.toMatch(/timeZone|deadlineDays|safe number|not allowed to be empty/);
  });

  it('keeps a message the schema sets itself', () => {
    const schema = Joi.object({
      amount: Joi.number().integer().messages({ 'number.integer': 'Give whole points.' }),
    });

    expect(playerMessageFor(schema, { amount: 1.5 })).toBe('Give whole points.');
    expect(playerMessageFor(schema, { amount: 2 ** 60 })).toBe(
      'The amount option is far too large. Give a smaller number.',
    );
  });

  it('hides the reason a custom validator threw', () => {
    const schema = Joi.object({
      zone: Joi.string().custom(() => {
        throw new Error('internal detail');
      }),
    });

    const message = playerMessageFor(schema, { zone: 'x' });

    expect(message).toBe('The value given for zone is not valid. Check it and try again.');
  });

  it.each(['Mars\u0001Base', '{#label} {{x}}', 'a${b}c', '\u0000'])(
    'shows rejected text %j without parsing it',
    (typed) => {
      const schema = Joi.object({
        zone: Joi.string().custom((value: string, helpers) =>
          rejectValue(helpers, `"${value}" is not a place.`),
        ),
      });

      expect(playerMessageFor(schema, { zone: typed })).toBe(`"${typed}" is not a place.`);
    },
  );
});

describe('visibleText', () => {
  const schema = Joi.object({
    reason: visibleText().min(5).max(10).required().messages({
      'string.min': 'Too short.',
      'string.max': 'Too long.',
    }),
  });

  it('rejects a reason of zero-width spaces', () => {
    expect(playerMessageFor(schema, { reason: '\u200b'.repeat(6) })).toBe('Too short.');
  });

  it('counts only visible characters', () => {
    expect(playerMessageFor(schema, { reason: 'ab\u200b\u200c\u2060\u00ad\u202e\u0007cd' })).toBe(
      'Too short.',
    );
    expect(validateInput(schema, { reason: `abcde${'\u200b'.repeat(9)}fghij` })).toEqual({
      reason: 'abcdefghij',
    });
  });

  it('stores the text without hidden characters', () => {
    expect(validateInput(schema, { reason: ' a\u200bb\u202ec\td e ' })).toEqual({
      reason: 'abc d e',
    });
  });

  it('keeps the joiners inside emoji', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const coder = '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}';
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';

    const roomy = Joi.object({ reason: visibleText().max(40) });

    expect(validateInput(roomy, { reason: `${family}${coder}${scotland}` })).toEqual({
      reason: `${family}${coder}${scotland}`,
    });
  });
});

describe('quoteForError', () => {
  it('marks hidden characters and shortens', () => {
    expect(quoteForError(' Mars\u0001/\u200bBase ')).toBe('Mars\ufffd/\ufffdBase');
    expect(quoteForError('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
