import Joi from 'joi';
import type { GameConfig } from '../../config/game-config';
import { CONFIDENCES, type Confidence } from '../confidence';

/** Options of `/submit_theory` after validation. */
export interface SubmitTheoryInput {
  claim: string;
  confidence: Confidence;
  /** Autocomplete values (scholar ids) or typed names, without blanks. */
  supporters: string[];
  deadlineDays: number;
}

/** Builds the validation schema from the campaign's tunable limits. */
export function submitTheorySchema(
  limits: GameConfig['theory'],
): Joi.ObjectSchema<SubmitTheoryInput> {
  return Joi.object<SubmitTheoryInput>({
    claim: Joi.string()
      .trim()
      .min(limits.claimMinLength)
      .max(limits.claimMaxLength)
      .required()
      .messages({
        'string.empty': 'Your theory needs a claim. Write what you believe to be true.',
        'any.required': 'Your theory needs a claim. Write what you believe to be true.',
        'string.min': `A claim needs at least ${limits.claimMinLength} characters. Say a little more about what you believe.`,
        'string.max': `A claim can be at most ${limits.claimMaxLength} characters. Shorten it and submit again.`,
      }),
    confidence: Joi.string()
      .valid(...CONFIDENCES)
      .required()
      .messages({
        'any.only': 'Confidence must be one of: suspect, certain, stake my career.',
        'any.required': 'Choose a confidence: suspect, certain or stake my career.',
      }),
    supporters: Joi.array()
      .items(Joi.string().trim().min(1).max(100))
      .max(limits.maxSupporters)
      .default([])
      .messages({
        'array.max': `A theory can name at most ${limits.maxSupporters} supporting scholars.`,
        'string.empty': 'A supporter must be a scholar picked from the suggestions.',
        'string.max': 'A supporter must be a scholar picked from the suggestions.',
      }),
    deadlineDays: Joi.number()
      .integer()
      .min(1)
      .max(limits.maxDeadlineDays)
      .default(limits.defaultDeadlineDays)
      .messages({
        'number.base': `The deadline is a whole number of days from 1 to ${limits.maxDeadlineDays}.`,
        'number.integer': `The deadline is a whole number of days from 1 to ${limits.maxDeadlineDays}.`,
        'number.min': `The deadline is a whole number of days from 1 to ${limits.maxDeadlineDays}.`,
        'number.max': `The deadline is a whole number of days from 1 to ${limits.maxDeadlineDays}.`,
      }),
  });
}
