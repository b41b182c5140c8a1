"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recruitmentText = recruitmentText;
exports.offerText = offerText;
exports.counterText = counterText;
exports.defectionText = defectionText;
exports.refusalText = refusalText;
exports.mentorshipText = mentorshipText;
exports.promotionText = promotionText;
exports.labText = labText;
const template_text_1 = require("../narration/template-text");
/**
 * Press prose for scholars changing hands: recruitment, poaching wires, defection notices with
 * their resignation letters, and mentorship news. Player text is quoted, never trusted.
 */
function percent(chance) {
    return `${Math.round(chance * 100)}%`;
}
function recruitmentText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    if (facts.isAccepted) {
        return {
            headline: `${facts.scholarName} joins ${player}`,
            body: `${facts.scholarName} accepted ${player}'s invitation, courted through ${facts.faction} circles, at odds of ${percent(facts.chance)}. ${(0, template_text_1.pickVariant)(ACCEPT_LINES, facts.scholarName, facts.playerName)}`,
        };
    }
    return {
        headline: `${facts.scholarName} declines ${player}`,
        body: `${facts.scholarName} turned down ${player}'s invitation through ${facts.faction} circles, at odds of ${percent(facts.chance)}. ${(0, template_text_1.pickVariant)(DECLINE_LINES, facts.scholarName, facts.playerName)}`,
    };
}
const ACCEPT_LINES = [
    'A desk has been cleared, and a nameplate engraved with indecent haste.',
    'The porters report three crates of notebooks and one stuffed owl moved across the quad.',
    'Colleagues note that the handshake lasted a full minute.',
];
const DECLINE_LINES = [
    'The refusal was delivered by letter, in the third person, on heavy paper.',
    'Witnesses describe a polite smile and a door closed very gently.',
    'The scholar is said to have asked, twice, whether the offer was a joke.',
];
function offerText(facts) {
    const rival = (0, template_text_1.quotePlayerText)(facts.rivalName);
    const employer = (0, template_text_1.quotePlayerText)(facts.employerName);
    const terms = (0, template_text_1.truncateText)((0, template_text_1.quotePlayerText)(facts.terms), 300);
    return {
        headline: `${rival} courts ${facts.scholarName}`,
        body: `${rival} has offered ${facts.amount} ${facts.faction} influence to lure ${facts.scholarName} away from ${employer}. The terms, as posted: "${terms}". The offer is decided at the first digest a day from now; ${employer} may counter before then.`,
    };
}
function counterText(facts) {
    const employer = (0, template_text_1.quotePlayerText)(facts.employerName);
    return {
        headline: `${employer} counters for ${facts.scholarName}`,
        body: `${employer} has put ${facts.amount} ${facts.faction} influence on the table to keep ${facts.scholarName}. The rival offers will be weighed against it at the decision.`,
    };
}
/** The Defection Notice, with the scholar's resignation letter. */
function defectionText(facts) {
    const oldEmployer = (0, template_text_1.quotePlayerText)(facts.oldEmployerName);
    const newEmployer = (0, template_text_1.quotePlayerText)(facts.newEmployerName);
    const letter = (0, template_text_1.pickVariant)(RESIGNATION_LETTERS, facts.scholarName, facts.newEmployerName)
        .replaceAll('{old}', oldEmployer)
        .replaceAll('{new}', newEmployer)
        .replaceAll('{catchphrase}', facts.catchphrase);
    return {
        headline: `${facts.scholarName} defects to ${newEmployer}`,
        body: [
            `${facts.scholarName}, ${facts.scholarTitle}, has left ${oldEmployer} for ${newEmployer}, who paid ${facts.amount} ${facts.faction} influence. The odds of leaving stood at ${percent(facts.chance)}.`,
            `The letter of resignation, pinned to the common-room board:`,
            `> ${letter}`,
        ].join('\n'),
    };
}
const RESIGNATION_LETTERS = [
    'Dear {old}, I resign, effective the moment you finish reading this sentence. {new} has offered me a window that faces east and a budget that faces forward. I leave you my chair, my unpaid library fines and my best wishes, in that order. "{catchphrase}"',
    'To {old}: a scholar must follow the evidence, and the evidence points to {new}. Please forward my post, but not my grievances, which I shall be keeping. "{catchphrase}"',
    '{old}, I have catalogued our years together and filed them under Concluded. My future lies with {new}, who reads my footnotes. Do not write. "{catchphrase}"',
];
function refusalText(facts) {
    const employer = (0, template_text_1.quotePlayerText)(facts.employerName);
    const rivals = facts.rivalNames.map(template_text_1.quotePlayerText).join(', ');
    return {
        headline: `${facts.scholarName} stays with ${employer}`,
        body: `${facts.scholarName} refused the offer of ${rivals} (odds of leaving were ${percent(facts.chance)}) and stays with ${employer}, steadier than before: loyalty now ${facts.loyalty}. Every escrowed offer is returned to its sender.`,
    };
}
function mentorshipText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    return {
        headline: `${player} takes ${facts.scholarName} under wing`,
        body: `${player} will mentor ${facts.scholarName}. ${(0, template_text_1.pickVariant)(MENTOR_LINES, facts.scholarName, facts.playerName)}`,
    };
}
const MENTOR_LINES = [
    'Weekly tutorials are promised, and a key to the good archive.',
    'The first lesson, reportedly, concerned how to survive a conference dinner.',
    'A reading list of forty volumes has already been issued, with marginalia.',
];
function promotionText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    return {
        headline: `${facts.scholarName} rises to ${facts.rung}`,
        body: `Under ${player}'s mentorship, ${facts.scholarName} is now ${facts.rung}. The new business cards are, by all accounts, excessively embossed.`,
    };
}
function labText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    return {
        headline: `${facts.scholarName} moves to the ${facts.track} track`,
        body: `${player} has placed ${facts.scholarName} on the ${facts.track} track, where the post is styled ${facts.rung}.`,
    };
}
//# sourceMappingURL=poaching-press.js.map