import Joi from 'joi';
import { visibleText } from '../../common/validate-input';
import type { SymposiumConfig } from '../../config/game-config';

export interface ProposeTopicInput {
  title: string;
}

/**
 * Validates a proposed topic: without characters that print nothing, trimmed, and within the
 * configured length counted in visible characters.
 */
export function proposeTopicSchema(config: SymposiumConfig): Joi.ObjectSchema<ProposeTopicInput> {
  return Joi.object<ProposeTopicInput>({
    title: visibleText()
      .label('topic')
      .min(config.titleMinLength)
      .max(config.titleMaxLength)
      .required()
      .messages({
        'any.required': 'A proposal needs a topic.',
        'string.empty': 'A proposal needs a topic.',
        'string.base': 'A proposal needs a topic written as text.',
        'string.min': `A topic needs at least ${config.titleMinLength} visible characters.`,
        'string.max': `A topic may have at most ${config.titleMaxLength} characters.`,
      }),
  });
}
