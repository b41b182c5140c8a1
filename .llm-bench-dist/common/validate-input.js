"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateInput = validateInput;
const game_error_1 = require("./game-error");
/**
 * Validates command input against a Joi schema and returns the converted value. The first problem
 * becomes an `InvalidOptionError` whose player message is the schema's message for that option.
 */
function validateInput(schema, input) {
    const result = schema.validate(input, {
        abortEarly: true,
        convert: true,
        stripUnknown: true,
        errors: { wrap: { label: false } },
    });
    if (result.error) {
        const error = result.error;
        const detail = error.details[0];
        throw new game_error_1.InvalidOptionError(detail.path.join('.') || 'input', detail.message);
    }
    return result.value;
}
//# sourceMappingURL=validate-input.js.map