import Joi from 'joi';
import type { ExpeditionsConfig } from '../../config/game-config';
import {
  DISCIPLINES,
  FACTIONS,
  type Discipline,
  type Faction,
} from '../../scholars/scholar-profile';
import { CONFIDENCES, type Confidence } from '../../theories/confidence';
import { DEPTHS, EXPEDITION_TYPES, type Depth, type ExpeditionType } from '../expedition-rules';

/** Options of `/launch_expedition`, as the service receives them. */
export interface LaunchExpeditionInput {
  type: ExpeditionType;
  objective: string;
  /** Bulletin number of one of the player's open theories, as text. */
  theory?: string;
  /** Scholar ids or names, 1 to `maxTeamSize`. */
  team: string[];
  discipline: Discipline;
  depth: Depth;
  fundingFactions: Faction[];
  confidence?: Confidence;
}

export interface ConferenceInput {
  theory: string;
  supporters: string[];
  opposition: string[];
}

export interface ChallengeInput {
  theory: string;
  confidence: Confidence;
}

const theoryChoice = Joi.string().trim().min(1).max(100).messages({
  'string.empty': 'Name a theory by its bulletin number.',
});

export function launchExpeditionSchema(
  config: ExpeditionsConfig,
): Joi.ObjectSchema<LaunchExpeditionInput> {
  return Joi.object<LaunchExpeditionInput>({
    type: Joi.string()
      .valid(...EXPEDITION_TYPES)
      .required()
      .messages({ 'any.only': `The type must be one of ${EXPEDITION_TYPES.join(', ')}.` }),
    objective: Joi.string()
      .trim()
      .min(config.objectiveMinLength)
      .max(config.objectiveMaxLength)
      .required()
      .messages({
        'string.empty': 'The expedition needs an objective: say what it sets out to find.',
        'string.min': `The objective needs at least ${config.objectiveMinLength} characters.`,
        'string.max': `The objective can have at most ${config.objectiveMaxLength} characters.`,
        'any.required': 'The expedition needs an objective: say what it sets out to find.',
      }),
    theory: theoryChoice.optional(),
    team: Joi.array()
      .items(Joi.string().trim().min(1).max(100))
      .min(1)
      .max(config.maxTeamSize)
      .required()
      .messages({
        'array.min': 'Name at least one scholar for the team.',
        'array.max': `A team has at most ${config.maxTeamSize} scholars.`,
        'any.required': 'Name at least one scholar for the team.',
      }),
    discipline: Joi.string()
      .valid(...DISCIPLINES)
      .required()
      .messages({ 'any.only': 'Choose a discipline from the list.' }),
    depth: Joi.string()
      .valid(...DEPTHS)
      .default('shallow')
      .messages({ 'any.only': 'The preparation depth must be shallow, standard or deep.' }),
    fundingFactions: Joi.array()
      .items(Joi.string().valid(...FACTIONS))
      .unique()
      .max(FACTIONS.length)
      .default([])
      .messages({
        'array.unique': 'Name each funding faction once.',
        'any.only': `Funding factions are ${FACTIONS.join(', ')}.`,
      }),
    confidence: Joi.string()
      .valid(...CONFIDENCES)
      .optional(),
  });
}

export function conferenceSchema(config: ExpeditionsConfig): Joi.ObjectSchema<ConferenceInput> {
  const { maxSupporters, maxOpposition } = config.conference;
  return Joi.object<ConferenceInput>({
    theory: theoryChoice.required(),
    supporters: Joi.array()
      .items(Joi.string().trim().min(1).max(100))
      .max(maxSupporters)
      .default([])
      .messages({ 'array.max': `A conference seats at most ${maxSupporters} supporters.` }),
    opposition: Joi.array()
      .items(Joi.string().trim().min(1).max(100))
      .max(maxOpposition)
      .default([])
      .messages({ 'array.max': `A conference seats at most ${maxOpposition} opponents.` }),
  });
}

export const challengeSchema = Joi.object<ChallengeInput>({
  theory: theoryChoice.required(),
  confidence: Joi.string()
    .valid(...CONFIDENCES)
    .required()
    .messages({ 'any.only': 'Choose suspect, certain or stake my career.' }),
});
