"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.challengeSchema = void 0;
exports.launchExpeditionSchema = launchExpeditionSchema;
exports.conferenceSchema = conferenceSchema;
const joi_1 = __importDefault(require("joi"));
const scholar_profile_1 = require("../../scholars/scholar-profile");
const confidence_1 = require("../../theories/confidence");
const expedition_rules_1 = require("../expedition-rules");
const theoryChoice = joi_1.default.string().trim().min(1).max(100).messages({
    'string.empty': 'Name a theory by its bulletin number.',
});
function launchExpeditionSchema(config) {
    return joi_1.default.object({
        type: joi_1.default.string()
            .valid(...expedition_rules_1.EXPEDITION_TYPES)
            .required()
            .messages({ 'any.only': `The type must be one of ${expedition_rules_1.EXPEDITION_TYPES.join(', ')}.` }),
        objective: joi_1.default.string()
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
        team: joi_1.default.array()
            .items(joi_1.default.string().trim().min(1).max(100))
            .min(1)
            .max(config.maxTeamSize)
            .required()
            .messages({
            'array.min': 'Name at least one scholar for the team.',
            'array.max': `A team has at most ${config.maxTeamSize} scholars.`,
            'any.required': 'Name at least one scholar for the team.',
        }),
        discipline: joi_1.default.string()
            .valid(...scholar_profile_1.DISCIPLINES)
            .required()
            .messages({ 'any.only': 'Choose a discipline from the list.' }),
        depth: joi_1.default.string()
            .valid(...expedition_rules_1.DEPTHS)
            .default('shallow')
            .messages({ 'any.only': 'The preparation depth must be shallow, standard or deep.' }),
        fundingFactions: joi_1.default.array()
            .items(joi_1.default.string().valid(...scholar_profile_1.FACTIONS))
            .unique()
            .max(scholar_profile_1.FACTIONS.length)
            .default([])
            .messages({
            'array.unique': 'Name each funding faction once.',
            'any.only': `Funding factions are ${scholar_profile_1.FACTIONS.join(', ')}.`,
        }),
        confidence: joi_1.default.string()
            .valid(...confidence_1.CONFIDENCES)
            .optional(),
    });
}
function conferenceSchema(config) {
    const { maxSupporters, maxOpposition } = config.conference;
    return joi_1.default.object({
        theory: theoryChoice.required(),
        supporters: joi_1.default.array()
            .items(joi_1.default.string().trim().min(1).max(100))
            .max(maxSupporters)
            .default([])
            .messages({ 'array.max': `A conference seats at most ${maxSupporters} supporters.` }),
        opposition: joi_1.default.array()
            .items(joi_1.default.string().trim().min(1).max(100))
            .max(maxOpposition)
            .default([])
            .messages({ 'array.max': `A conference seats at most ${maxOpposition} opponents.` }),
    });
}
exports.challengeSchema = joi_1.default.object({
    theory: theoryChoice.required(),
    confidence: joi_1.default.string()
        .valid(...confidence_1.CONFIDENCES)
        .required()
        .messages({ 'any.only': 'Choose suspect, certain or stake my career.' }),
});
//# sourceMappingURL=expedition.inputs.js.map