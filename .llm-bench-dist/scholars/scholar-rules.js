"use strict";
/**
 * Pure rules of scholars' loyalty and careers. Numbers marked fixed are part of the game design:
 * changing them changes how often scholars change sides.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DIGESTS_PER_RUNG = exports.CAREER_TRACKS = exports.RELATIONSHIP_BOUND = exports.RELATIONSHIP_FEELING_BOUND = exports.RELATIONSHIP_PER_FEELING = exports.RECRUIT_CHANCE_PER_INFLUENCE = exports.RECRUIT_BASE_CHANCE = exports.RECRUIT_CHANCE_MAX = exports.RECRUIT_CHANCE_MIN = exports.FEELING_DECAY = void 0;
exports.decayFeeling = decayFeeling;
exports.applyScar = applyScar;
exports.relationshipTerm = relationshipTerm;
exports.recruitmentChance = recruitmentChance;
exports.defectionProbability = defectionProbability;
exports.careerRung = careerRung;
exports.isPromotionDigest = isPromotionDigest;
/** Feelings shrink by this factor at every digest (fixed). */
exports.FEELING_DECAY = 0.98;
/** Recruitment chance bounds (fixed). */
exports.RECRUIT_CHANCE_MIN = 0.05;
exports.RECRUIT_CHANCE_MAX = 0.95;
/** Base recruitment chance before modifiers (fixed). */
exports.RECRUIT_BASE_CHANCE = 0.6;
/** Chance per point of influence in the chosen faction (fixed). */
exports.RECRUIT_CHANCE_PER_INFLUENCE = 0.05;
/** Feeling's contribution per point, and its bound (fixed). */
exports.RELATIONSHIP_PER_FEELING = 0.02;
exports.RELATIONSHIP_FEELING_BOUND = 0.2;
/** The whole relationship term, feeling plus mentorship, stays within ±0.25 (fixed). */
exports.RELATIONSHIP_BOUND = 0.25;
function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
}
/** Applies one digest of decay: feelings move toward zero by 2% and never change sign. */
function decayFeeling(feeling) {
    return feeling * exports.FEELING_DECAY;
}
/**
 * Caps a feeling at the level a scar set: a betrayed scholar's feeling may recover up to the
 * scar's level and no further, and a scar never decays.
 */
function applyScar(feeling, scarLevel) {
    return scarLevel === null ? feeling : Math.min(feeling, scarLevel);
}
/** The relationship term: feeling × 0.02 within ±0.2, plus the mentorship bonus, within ±0.25. */
function relationshipTerm(feeling, mentorshipBonus) {
    const fromFeeling = clamp(feeling * exports.RELATIONSHIP_PER_FEELING, -exports.RELATIONSHIP_FEELING_BOUND, exports.RELATIONSHIP_FEELING_BOUND);
    return clamp(fromFeeling + mentorshipBonus, -exports.RELATIONSHIP_BOUND, exports.RELATIONSHIP_BOUND);
}
/**
 * Chance that an unaffiliated scholar accepts: `0.6 × (0.5 if the stake cooldown is active) +
 * 0.05 × influence + relationship`, clamped to [0.05, 0.95].
 */
function recruitmentChance(odds) {
    const base = exports.RECRUIT_BASE_CHANCE * (odds.isCooldownActive ? 0.5 : 1);
    const chance = base +
        exports.RECRUIT_CHANCE_PER_INFLUENCE * odds.influence +
        relationshipTerm(odds.feeling, odds.mentorshipBonus);
    return clamp(chance, exports.RECRUIT_CHANCE_MIN, exports.RECRUIT_CHANCE_MAX);
}
/**
 * Probability that a scholar defects to a rival's offer (fixed form):
 * `x = quality + mistreatment + alignment + plateau − 0.6 × loyalty/10 − 0.4 × integrity/10`,
 * `p = 1 / (1 + e^(−6(x − 0.5)))`. Inputs are clamped to their documented ranges.
 */
function defectionProbability(factors) {
    const x = clamp(factors.quality, 0, 1) +
        clamp(factors.mistreatment, 0, 1) +
        clamp(factors.alignment, -0.3, 0.3) +
        clamp(factors.plateau, 0, 0.4) -
        (0.6 * clamp(factors.loyalty, 0, 10)) / 10 -
        (0.4 * clamp(factors.integrity, 0, 10)) / 10;
    return 1 / (1 + Math.exp(-6 * (x - 0.5)));
}
/** Career tracks; academia is the default ladder, the others follow `/assign_lab`. */
exports.CAREER_TRACKS = {
    academia: ['Postdoc', 'Lecturer', 'Associate Professor', 'Chair'],
    industry: ['Postdoc', 'Research Engineer', 'Laboratory Director', 'Chief Scientist'],
    government: ['Postdoc', 'Survey Officer', 'Deputy Commissioner', 'Commissioner of Antiquities'],
    religion: ['Postdoc', 'Lay Reader', 'Canon Archivist', 'Keeper of the Reliquary Library'],
    foreign: ['Postdoc', 'Visiting Fellow', 'Attaché for Learning', 'Ambassador of Letters'],
};
/** Mentored digests per rung (fixed): one promotion every 3 digests of active mentorship. */
exports.DIGESTS_PER_RUNG = 3;
/**
 * Returns the rung (0-based) after `mentoredDigests` digests of active mentorship, capped at the
 * top of the track.
 */
function careerRung(track, mentoredDigests) {
    const top = exports.CAREER_TRACKS[track].length - 1;
    return Math.min(top, Math.floor(Math.max(0, mentoredDigests) / exports.DIGESTS_PER_RUNG));
}
/** True when the digest that brings the count to `mentoredDigests` is a promotion. */
function isPromotionDigest(track, mentoredDigests) {
    return (mentoredDigests > 0 &&
        careerRung(track, mentoredDigests) > careerRung(track, mentoredDigests - 1));
}
//# sourceMappingURL=scholar-rules.js.map