"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AlreadyChallengedError = exports.ChallengeTooLateError = exports.ChallengeOwnTheoryError = exports.ConfidenceRequiredError = exports.TheoryClosedError = exports.TheoryNotYoursError = exports.TheoryNotFoundError = exports.ScholarEmployedElsewhereError = exports.DuplicateScholarError = exports.InsufficientInfluenceError = exports.ExpeditionGateError = void 0;
const game_error_1 = require("../common/game-error");
const template_text_1 = require("../narration/template-text");
const expedition_rules_1 = require("./expedition-rules");
class ExpeditionGateError extends game_error_1.GameError {
    constructor(type, gate, reputation) {
        super('expeditions.below_gate', `reputation ${reputation} below gate ${gate} for ${type}`, `A ${expedition_rules_1.EXPEDITION_TYPE_LABELS[type]} needs reputation ${(0, template_text_1.formatSigned)(gate)} or more; yours is ${(0, template_text_1.formatSigned)(reputation)}. Win back standing with cheaper work first.`);
    }
}
exports.ExpeditionGateError = ExpeditionGateError;
class InsufficientInfluenceError extends game_error_1.GameError {
    constructor(faction, held, cost) {
        super('expeditions.insufficient_influence', `holds ${held} ${faction}, needs ${cost}`, `You hold ${held} ${faction} influence; this costs ${cost}. Nothing was spent.`);
    }
}
exports.InsufficientInfluenceError = InsufficientInfluenceError;
class DuplicateScholarError extends game_error_1.GameError {
    constructor(name) {
        super('expeditions.duplicate_scholar', `scholar ${name} named twice`, `You named ${name} more than once. Each scholar can fill one place; pick different scholars.`);
    }
}
exports.DuplicateScholarError = DuplicateScholarError;
class ScholarEmployedElsewhereError extends game_error_1.GameError {
    constructor(name) {
        super('expeditions.scholar_employed_elsewhere', `scholar ${name} works for another player`, `${name} works for another lead. Take your own scholars or unaffiliated ones.`);
    }
}
exports.ScholarEmployedElsewhereError = ScholarEmployedElsewhereError;
class TheoryNotFoundError extends game_error_1.GameError {
    constructor(choice) {
        super('expeditions.theory_not_found', `no theory matches ${JSON.stringify(choice)}`, `No Academic Bulletin matches "${choice.slice(0, 40)}". Pick a theory from the suggestions as you type.`);
    }
}
exports.TheoryNotFoundError = TheoryNotFoundError;
class TheoryNotYoursError extends game_error_1.GameError {
    constructor(bulletinNumber) {
        super('expeditions.theory_not_yours', `theory ${bulletinNumber} belongs to another player`, `Bulletin No. ${bulletinNumber} is another lead's theory. You can test only your own; use /challenge to bet against a rival's.`);
    }
}
exports.TheoryNotYoursError = TheoryNotYoursError;
class TheoryClosedError extends game_error_1.GameError {
    constructor(bulletinNumber, status) {
        super('expeditions.theory_closed', `theory ${bulletinNumber} is ${status}`, `Bulletin No. ${bulletinNumber} is already ${status}. Only open theories can be tested or challenged.`);
    }
}
exports.TheoryClosedError = TheoryClosedError;
class ConfidenceRequiredError extends game_error_1.GameError {
    constructor() {
        super('expeditions.confidence_required', 'no theory and no confidence', 'An expedition that tests no theory needs a confidence. Choose one, or name one of your open theories.');
    }
}
exports.ConfidenceRequiredError = ConfidenceRequiredError;
class ChallengeOwnTheoryError extends game_error_1.GameError {
    constructor(bulletinNumber) {
        super('expeditions.challenge_own_theory', `player challenged own theory ${bulletinNumber}`, `Bulletin No. ${bulletinNumber} is your own theory. Challenge a rival's theory instead.`);
    }
}
exports.ChallengeOwnTheoryError = ChallengeOwnTheoryError;
class ChallengeTooLateError extends game_error_1.GameError {
    constructor(bulletinNumber) {
        super('expeditions.challenge_too_late', `theory ${bulletinNumber} is past its deadline`, `Bulletin No. ${bulletinNumber} has reached its deadline, so challenges are closed.`);
    }
}
exports.ChallengeTooLateError = ChallengeTooLateError;
class AlreadyChallengedError extends game_error_1.GameError {
    constructor(bulletinNumber) {
        super('expeditions.already_challenged', `player already challenged theory ${bulletinNumber}`, `You have already challenged Bulletin No. ${bulletinNumber}. One wager per theory.`);
    }
}
exports.AlreadyChallengedError = AlreadyChallengedError;
//# sourceMappingURL=expeditions.errors.js.map