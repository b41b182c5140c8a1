"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.proposeTopicSchema = proposeTopicSchema;
const joi_1 = __importDefault(require("joi"));
/** Validates a proposed topic: trimmed, within the configured length. */
function proposeTopicSchema(config) {
    return joi_1.default.object({
        title: joi_1.default.string()
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
//# sourceMappingURL=propose-topic.input.js.map