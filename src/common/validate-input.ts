import Joi from 'joi';
import { InvalidOptionError } from './game-error';
import { markInvisible, removeInvisible } from './visible-text';

/**
 * Stands in for every Joi message that a schema does not replace with its own, so that Joi's
 * developer wording ("timeZone must be a safe number") never reaches a player.
 */
const UNSET_MESSAGE = 'validate-input.unset-message';

/** Error code of a rejection whose player message was built by a custom validator. */
const REJECTED_CODE = 'input.rejected';

type MessageBuilder = (option: string, context: Joi.Context) => string;

/** Player messages for Joi's error codes, used when the schema gives none of its own. */
const FALLBACK_MESSAGES: Record<string, MessageBuilder> = {
  'any.required': (option) => `The ${option} option is required. Give a value for it.`,
  'any.only': (option, context) => `The ${option} option must be one of: ${listValids(context)}.`,
  'any.invalid': (option) => `That value is not accepted for ${option}. Give a different one.`,
  'string.base': (option) => `The ${option} option must be text.`,
  'string.empty': (option) =>
    `The ${option} option cannot be blank. Type a value, not only spaces.`,
  'string.min': (option, context) =>
    `The ${option} option needs at least ${String(context.limit)} characters.`,
  'string.max': (option, context) =>
    `The ${option} option may have at most ${String(context.limit)} characters.`,
  'number.base': (option) => `The ${option} option must be a number.`,
  'number.integer': (option) => `The ${option} option must be a whole number.`,
  'number.unsafe': (option) => `The ${option} option is far too large. Give a smaller number.`,
  'number.infinity': (option) => `The ${option} option is far too large. Give a smaller number.`,
  'number.min': (option, context) =>
    `The ${option} option must be at least ${String(context.limit)}.`,
  'number.max': (option, context) =>
    `The ${option} option may be at most ${String(context.limit)}.`,
  'array.min': (option, context) =>
    `The ${option} option needs at least ${String(context.limit)} entries.`,
  'array.max': (option, context) =>
    `The ${option} option may have at most ${String(context.limit)} entries.`,
  'array.unique': (option) => `The ${option} option lists the same entry twice.`,
};

/**
 * Validates command input against a Joi schema and returns the converted value. The first problem
 * becomes an `InvalidOptionError`. Its player message is the one a custom validator passed to
 * `rejectValue`, else the schema's own message for that error. Failing both, a general message
 * names the option in its slash-command spelling (`timeZone` becomes `time_zone`).
 */
export function validateInput<T>(schema: Joi.ObjectSchema<T>, input: unknown): T {
  const result: Joi.ValidationResult<T> = schema.validate(input, {
    abortEarly: true,
    convert: true,
    stripUnknown: true,
    errors: { wrap: { label: false } },
    messages: { '*': UNSET_MESSAGE },
  });
  if (result.error) {
    const detail = result.error.details[0];
    throw new InvalidOptionError(detail.path.join('.') || 'input', playerMessageOf(detail));
  }

  return result.value;
}

/**
 * Rejects a value from inside a `.custom()` validator with a message for the player. The message
 * travels in the error's context rather than as a Joi template, so player text inside it (braces,
 * control characters) is shown as typed instead of being parsed as template source.
 */
export function rejectValue(helpers: Joi.CustomHelpers, playerMessage: string): Joi.ErrorReport {
  return helpers.error(REJECTED_CODE, { playerMessage });
}

/**
 * Builds a string schema that drops characters which print nothing (control characters, zero-width
 * and other format characters) and trims. Rules chained after it, such as `.min()` and `.max()`,
 * count only visible characters, and the validated text carries no hidden characters.
 */
export function visibleText(): Joi.StringSchema {
  return Joi.string()
    .trim()
    .custom((value: string) => removeInvisible(value), 'visible text');
}

/**
 * Shortens player text for quoting inside an error message and shows each character that prints
 * nothing as U+FFFD, so a reply never carries control characters or a wall of text back.
 */
export function quoteForError(value: string, maxLength = 40): string {
  // Counted in code points, so an emoji is never cut in half.
  const characters = Array.from(markInvisible(value.trim()));

  return characters.length > maxLength
    ? `${characters.slice(0, maxLength - 1).join('')}…`
    : characters.join('');
}

function playerMessageOf(detail: Joi.ValidationErrorItem): string {
  const context = detail.context ?? {};
  if (detail.type === REJECTED_CODE && typeof context.playerMessage === 'string') {
    return context.playerMessage;
  }
  if (detail.message !== UNSET_MESSAGE) {
    return detail.message;
  }
  const option = optionNameOf(detail);
  const fallback = FALLBACK_MESSAGES[detail.type];

  return fallback
    ? fallback(option, context)
    : `The value given for ${option} is not valid. Check it and try again.`;
}

/**
 * Names the option as players type it: an explicit `.label()` if the schema sets one, otherwise
 * the top-level key in snake_case.
 */
function optionNameOf(detail: Joi.ValidationErrorItem): string {
  const label = detail.context?.label;
  const name =
    typeof label === 'string' && /^[A-Za-z]\w*$/.test(label) ? label : String(detail.path[0] ?? '');
  if (name === '') {
    return 'input';
  }

  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function listValids(context: Joi.Context): string {
  const valids: unknown = context.valids;

  return Array.isArray(valids) ? valids.map(String).join(', ') : 'the listed choices';
}
