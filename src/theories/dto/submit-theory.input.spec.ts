import { InvalidOptionError } from '../../common/game-error';
import { validateInput } from '../../common/validate-input';
import { defaultGameConfig } from '../../config/game-config';
import { submitTheorySchema, type SubmitTheoryInput } from './submit-theory.input';

const LIMITS = defaultGameConfig().theory;
const CLAIM = 'The bronze hoard at Varna predates the river road.';

function validate(input: Record<string, unknown>): SubmitTheoryInput {
  return validateInput(submitTheorySchema(LIMITS), input);
}

/** Returns the error `validate` throws, failing the test if it throws nothing. */
function rejectionOf(input: Record<string, unknown>): InvalidOptionError {
  try {
    validate(input);
  } catch (error) {
    if (error instanceof InvalidOptionError) {
      return error;
    }
    throw error;
  }
  throw new Error(`input was accepted: ${JSON.stringify(input)}`);
}

describe('submitTheorySchema', () => {
  it('reads its limits from the game config', () => {
    expect(LIMITS).toEqual({
      defaultDeadlineDays: 7,
      maxDeadlineDays: 60,
      maxSupporters: 3,
      claimMinLength: 10,
      claimMaxLength: 1000,
    });
  });

  it('applies the default deadline and no supporters', () => {
    const input = validate({ claim: CLAIM, confidence: 'suspect' });

    expect(input.deadlineDays).toBe(7);
    expect(input.supporters).toEqual([]);
  });

  it('trims the claim and supporters', () => {
    const input = validate({
      claim: `  ${CLAIM}  `,
      confidence: 'certain',
      supporters: [' Ada Quill '],
      deadlineDays: 60,
    });

    expect(input.claim).toBe(CLAIM);
    expect(input.supporters).toEqual(['Ada Quill']);
    expect(input.deadlineDays).toBe(60);
    expect(input.confidence).toBe('certain');
  });

  it('converts a numeric deadline string', () => {
    expect(validate({ claim: CLAIM, confidence: 'suspect', deadlineDays: '14' }).deadlineDays).toBe(
      14,
    );
  });

  it('accepts a claim of exactly the minimum and maximum length', () => {
    expect(validate({ claim: 'x'.repeat(10), confidence: 'suspect' }).claim).toHaveLength(10);
    expect(validate({ claim: 'x'.repeat(1000), confidence: 'suspect' }).claim).toHaveLength(1000);
  });

  it('accepts exactly three supporters', () => {
    const input = validate({ claim: CLAIM, confidence: 'suspect', supporters: ['1', '2', '3'] });

    expect(input.supporters).toEqual(['1', '2', '3']);
  });

  it('drops unknown options', () => {
    const input = validate({ claim: CLAIM, confidence: 'suspect', secret: 'x' });

    expect(input).not.toHaveProperty('secret');
  });

  it('rejects a claim that is too short', () => {
    const error = rejectionOf({ claim: 'Too short', confidence: 'suspect' });

    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.code).toBe('common.invalid_option');
    expect(error.message).toBe('invalid option claim');
    expect(error.playerMessage).toBe(
      'A claim needs at least 10 characters. Say a little more about what you believe.',
    );
  });

  it('rejects a claim that is too long', () => {
    const error = rejectionOf({ claim: 'x'.repeat(1001), confidence: 'suspect' });

    expect(error.message).toBe('invalid option claim');
    expect(error.playerMessage).toBe(
      'A claim can be at most 1000 characters. Shorten it and submit again.',
    );
  });

  it('rejects a blank claim', () => {
    const error = rejectionOf({ claim: '   ', confidence: 'suspect' });

    expect(error.message).toBe('invalid option claim');
    expect(error.playerMessage).toBe(
      'Your theory needs a claim. Write what you believe to be true.',
    );
  });

  it('rejects a missing claim', () => {
    const error = rejectionOf({ confidence: 'suspect' });

    expect(error.playerMessage).toBe(
      'Your theory needs a claim. Write what you believe to be true.',
    );
  });

  it('rejects an unknown confidence', () => {
    const error = rejectionOf({ claim: CLAIM, confidence: 'sure' });

    expect(error.message).toBe('invalid option confidence');
    expect(error.playerMessage).toBe(
      'Confidence must be one of: suspect, certain, stake my career.',
    );
  });

  it('rejects a missing confidence', () => {
    const error = rejectionOf({ claim: CLAIM });

    expect(error.message).toBe('invalid option confidence');
    expect(error.playerMessage).toBe('Choose a confidence: suspect, certain or stake my career.');
  });

  it('rejects more than three supporters', () => {
    const error = rejectionOf({
      claim: CLAIM,
      confidence: 'suspect',
      supporters: ['1', '2', '3', '4'],
    });

    expect(error.message).toBe('invalid option supporters');
    expect(error.playerMessage).toBe('A theory can name at most 3 supporting scholars.');
  });

  it('rejects a supporter name over 100 characters', () => {
    const error = rejectionOf({
      claim: CLAIM,
      confidence: 'suspect',
      supporters: ['x'.repeat(101)],
    });

    expect(error.message).toBe('invalid option supporters.0');
    expect(error.playerMessage).toBe('A supporter must be a scholar picked from the suggestions.');
  });

  it('rejects a blank supporter', () => {
    const error = rejectionOf({ claim: CLAIM, confidence: 'suspect', supporters: ['  '] });

    expect(error.message).toBe('invalid option supporters.0');
    expect(error.playerMessage).toBe('A supporter must be a scholar picked from the suggestions.');
  });

  it.each([
    ['zero', 0],
    ['400', 400],
    ['61, one past the maximum', 61],
    ['1.5', 1.5],
    ['a word', 'soon'],
  ])('rejects a deadline of %s', (_label, deadlineDays) => {
    const error = rejectionOf({ claim: CLAIM, confidence: 'suspect', deadlineDays });

    expect(error.message).toBe('invalid option deadlineDays');
    expect(error.playerMessage).toBe('The deadline is a whole number of days from 1 to 60.');
  });

  it('reports the first problem only', () => {
    const error = rejectionOf({ claim: 'short', confidence: 'sure', deadlineDays: 0 });

    expect(error.message).toBe('invalid option claim');
  });
});
