"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScholarAlreadyEmployedError = exports.RecruitGateError = void 0;
const game_error_1 = require("../common/game-error");
const template_text_1 = require("../narration/template-text");
class RecruitGateError extends game_error_1.GameError {
    constructor(gate, reputation) {
        super('recruitment.below_gate', `reputation ${reputation} below recruit gate ${gate}`, `Recruiting needs reputation ${(0, template_text_1.formatSigned)(gate)} or more; yours is ${(0, template_text_1.formatSigned)(reputation)}. Win back standing with a modest theory or a think tank first.`);
    }
}
exports.RecruitGateError = RecruitGateError;
class ScholarAlreadyEmployedError extends game_error_1.GameError {
    constructor(name, isYours) {
        super('recruitment.already_employed', `scholar ${name} already has an employer`, isYours
            ? `${name} already works for you.`
            : `${name} works for another lead. Only unaffiliated scholars can be recruited; use /poach to make an offer instead.`);
    }
}
exports.ScholarAlreadyEmployedError = ScholarAlreadyEmployedError;
//# sourceMappingURL=recruitment.errors.js.map