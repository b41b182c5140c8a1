import type Joi from 'joi';
import { InvalidOptionError } from './game-error';

/**
 * Validates command input against a Joi schema and returns the converted value. The first problem
 * becomes an `InvalidOptionError` whose player message is the schema's message for that option.
 */
export function validateInput<T>(schema: Joi.ObjectSchema<T>, input: unknown): T {
  const result: Joi.ValidationResult<T> = schema.validate(input, {
    abortEarly: true,
    convert: true,
    stripUnknown: true,
    errors: { wrap: { label: false } },
  });
  if (result.error) {
    const error = result.error;
    const detail = error.details[0];
    throw new InvalidOptionError(detail.path.join('.') || 'input', detail.message);
  }

  return result.value;
}
