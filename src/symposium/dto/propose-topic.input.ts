import Joi from 'joi';
import type { SymposiumConfig } from '../../config/game-config';

export interface ProposeTopicInput {
  title: string;
}

/** Validates a proposed topic: trimmed, within the configured length. */
export function proposeTopicSchema(config: SymposiumConfig): Joi.ObjectSchema<ProposeTopicInput> {
  return Joi.object<ProposeTopicInput>({
    title: Joi.string()
      .trim()
      .min(config.titleMinLength)
      .max(config.titleMaxLength)
      .required()
      .messages({
        'any.required': 'A proposal needs a topic.',
        'string.empty': 'A proposal needs a topic.',
        'string.min': `A topic needs at least ${config.titleMinLength} characters.`,
        'string.max': `A topic may have at most ${config.titleMaxLength} characters.`,
      }),
  });
}
