"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STAKE_COOLDOWN_DIGESTS = exports.FAILURE_TABLES = exports.FAILURE_KINDS = exports.LANDMARK_FROM = exports.SUCCESS_FROM = exports.PARTIAL_FROM = exports.MAX_POLITICAL_FRICTION = exports.POLITICAL_FRICTION_PER_FACTION = exports.OPPOSED_POLITICS = exports.MAX_SITE_FRICTION = exports.MAX_EXPERTISE = exports.EXPERTISE_PER_SCHOLAR = exports.MAX_PREPARATION = exports.THINK_TANK_PREPARATION = exports.DEPTH_PREPARATION = exports.EXPEDITION_GATES = exports.BAND_LABELS = exports.BANDS = exports.DEPTHS = exports.EXPEDITION_TYPE_LABELS = exports.EXPEDITION_TYPES = void 0;
exports.meetsGate = meetsGate;
exports.scoreModifiers = scoreModifiers;
exports.expeditionScore = expeditionScore;
exports.bandOf = bandOf;
exports.wagerOutcomeOf = wagerOutcomeOf;
exports.pickWeighted = pickWeighted;
exports.failureKindFor = failureKindFor;
exports.conferenceScore = conferenceScore;
exports.conferenceBand = conferenceBand;
exports.challengeOutcome = challengeOutcome;
/** Expedition types, by the key players choose. */
exports.EXPEDITION_TYPES = ['think_tank', 'field', 'great_project'];
exports.EXPEDITION_TYPE_LABELS = {
    think_tank: 'think tank',
    field: 'field expedition',
    great_project: 'great project',
};
/** Preparation depths, shallowest first. */
exports.DEPTHS = ['shallow', 'standard', 'deep'];
exports.BANDS = ['failure', 'partial', 'success', 'landmark'];
exports.BAND_LABELS = {
    failure: 'failure',
    partial: 'partial success',
    success: 'solid success',
    landmark: 'landmark',
};
/**
 * Minimum reputation to launch each type. Fixed by the game design: the gates make a disgraced
 * lead rebuild standing with cheap work before attempting great projects.
 */
exports.EXPEDITION_GATES = {
    think_tank: -5,
    field: 0,
    great_project: 10,
};
/** Returns true if a player at `reputation` may launch an expedition of `type`. */
function meetsGate(type, reputation) {
    return reputation >= exports.EXPEDITION_GATES[type];
}
/** Preparation points per depth. Fixed by the game design. */
exports.DEPTH_PREPARATION = { shallow: 0, standard: 10, deep: 20 };
/** Extra preparation after a non-failed think tank on the same theory. Fixed by the game design. */
exports.THINK_TANK_PREPARATION = 10;
/** Fixed by the game design. */
exports.MAX_PREPARATION = 30;
/** Expertise per team scholar of the expedition's discipline, and its cap. Fixed by the design. */
exports.EXPERTISE_PER_SCHOLAR = 5;
exports.MAX_EXPERTISE = 15;
/** Site friction is a seeded draw in 0..15 for field work and great projects. Fixed. */
exports.MAX_SITE_FRICTION = 15;
/** A team scholar opposes a funding faction at politics −2 or below. Fixed by the design. */
exports.OPPOSED_POLITICS = -2;
exports.POLITICAL_FRICTION_PER_FACTION = 5;
exports.MAX_POLITICAL_FRICTION = 10;
/** Score bands. Fixed by the game design: below 40 fails, 85 and above is a landmark. */
exports.PARTIAL_FROM = 40;
exports.SUCCESS_FROM = 65;
exports.LANDMARK_FROM = 85;
/** Computes the modifiers of `score = d100 + preparation + expertise − friction`. */
function scoreModifiers(inputs) {
    const preparation = Math.min(exports.MAX_PREPARATION, exports.DEPTH_PREPARATION[inputs.depth] + (inputs.priorThinkTank ? exports.THINK_TANK_PREPARATION : 0));
    const experts = inputs.team.filter((member) => member.disciplines.includes(inputs.discipline));
    const expertise = Math.min(exports.MAX_EXPERTISE, exports.EXPERTISE_PER_SCHOLAR * experts.length);
    const siteFriction = inputs.type === 'think_tank' ? 0 : Math.min(exports.MAX_SITE_FRICTION, Math.max(0, inputs.siteDraw));
    const opposed = inputs.fundingFactions.filter((faction) => inputs.team.some((member) => member.politics[faction] <= exports.OPPOSED_POLITICS));
    const politicalFriction = Math.min(exports.MAX_POLITICAL_FRICTION, exports.POLITICAL_FRICTION_PER_FACTION * opposed.length);
    return {
        preparation,
        thinkTankBonus: inputs.priorThinkTank,
        expertise,
        siteFriction,
        politicalFriction,
        friction: siteFriction + politicalFriction,
    };
}
function expeditionScore(d100, modifiers) {
    return d100 + modifiers.preparation + modifiers.expertise - modifiers.friction;
}
function bandOf(score) {
    if (score >= exports.LANDMARK_FROM) {
        return 'landmark';
    }
    if (score >= exports.SUCCESS_FROM) {
        return 'success';
    }
    if (score >= exports.PARTIAL_FROM) {
        return 'partial';
    }
    return 'failure';
}
/** How a band judges a theory: success or landmark vindicates, partial half-vindicates. */
function wagerOutcomeOf(band) {
    if (band === 'failure') {
        return 'refuted';
    }
    return band === 'partial' ? 'partial' : 'vindicated';
}
/** What a failed expedition turns up, from least to most useful. */
exports.FAILURE_KINDS = [
    'nothing',
    'minor_clue',
    'funny_disaster',
    'adjacent_discovery',
    'major_sideways',
];
/**
 * Failure table by preparation depth, in percent. Fixed by the game design: deeper preparation
 * turns a failure into something useful more often. Standard is the midpoint of the other two.
 */
exports.FAILURE_TABLES = {
    shallow: [
        { kind: 'nothing', weight: 60 },
        { kind: 'minor_clue', weight: 30 },
        { kind: 'funny_disaster', weight: 10 },
    ],
    standard: [
        { kind: 'nothing', weight: 50 },
        { kind: 'minor_clue', weight: 35 },
        { kind: 'adjacent_discovery', weight: 15 },
    ],
    deep: [
        { kind: 'minor_clue', weight: 40 },
        { kind: 'adjacent_discovery', weight: 40 },
        { kind: 'major_sideways', weight: 20 },
    ],
};
/**
 * Picks the row of a weighted table for a d100 draw in 1..100: with weights 60/30/10, draws 1–60
 * give the first row, 61–90 the second and 91–100 the third.
 */
function pickWeighted(rows, d100) {
    let remaining = d100;
    for (const row of rows) {
        remaining -= row.weight;
        if (remaining <= 0) {
            return row;
        }
    }
    return rows[rows.length - 1];
}
/** The failure kind a d100 draw selects for a depth. */
function failureKindFor(depth, d100) {
    return pickWeighted(exports.FAILURE_TABLES[depth], d100).kind;
}
function conferenceScore(d100, supporters, opposition, rules) {
    return d100 + rules.supporterBonus * supporters - rules.oppositionPenalty * opposition;
}
function conferenceBand(score, rules) {
    if (score >= rules.successFrom) {
        return 'success';
    }
    return score >= rules.partialFrom ? 'partial' : 'failure';
}
/**
 * Reputation change for a rival who challenged a theory: the challenger collects their reward if
 * the theory is refuted and pays their penalty if it is vindicated; a partial result pays nothing.
 */
function challengeOutcome(theoryOutcome) {
    if (theoryOutcome === 'partial') {
        return null;
    }
    return theoryOutcome === 'refuted' ? 'vindicated' : 'refuted';
}
/** Digests of halved recruitment after any stake-my-career result. Fixed by the game design. */
exports.STAKE_COOLDOWN_DIGESTS = 2;
//# sourceMappingURL=expedition-rules.js.map