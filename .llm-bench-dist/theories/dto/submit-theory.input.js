"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.submitTheorySchema = submitTheorySchema;
const joi_1 = __importDefault(require("joi"));
const confidence_1 = require("../confidence");
/** Builds the validation schema from the campaign's tunable limits. */
function submitTheorySchema(limits) {
    return joi_1.default.object({
        claim: joi_1.default.string()
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
        confidence: joi_1.default.string()
            .valid(...confidence_1.CONFIDENCES)
            .required()
            .messages({
            'any.only': 'Confidence must be one of: suspect, certain, stake my career.',
            'any.required': 'Choose a confidence: suspect, certain or stake my career.',
        }),
        supporters: joi_1.default.array()
            .items(joi_1.default.string().trim().min(1).max(100))
            .max(limits.maxSupporters)
            .default([])
            .messages({
            'array.max': `A theory can name at most ${limits.maxSupporters} supporting scholars.`,
            'string.empty': 'A supporter must be a scholar picked from the suggestions.',
            'string.max': 'A supporter must be a scholar picked from the suggestions.',
        }),
        deadlineDays: joi_1.default.number()
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
//# sourceMappingURL=submit-theory.input.js.map