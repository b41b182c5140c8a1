"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.manifestoText = manifestoText;
exports.reportText = reportText;
exports.conferenceCallText = conferenceCallText;
exports.conferenceReportText = conferenceReportText;
exports.challengeText = challengeText;
exports.challengeLine = challengeLine;
const template_text_1 = require("../narration/template-text");
const confidence_1 = require("../theories/confidence");
const expedition_rules_1 = require("./expedition-rules");
/** Leaves room under Discord's 4,096-character embed description. */
const BODY_MAX_LENGTH = 3500;
const HEADLINE_MAX_LENGTH = 256;
function press(headline, lines) {
    return {
        headline: (0, template_text_1.truncateText)(headline, HEADLINE_MAX_LENGTH),
        body: (0, template_text_1.truncateText)(lines.filter((line) => line !== '').join('\n'), BODY_MAX_LENGTH),
    };
}
function manifestoText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    const wager = facts.bulletinNumber === null
        ? `It tests no theory and stakes its own confidence: **${confidence_1.CONFIDENCE_LABELS[facts.confidence]}**.`
        : `It puts Bulletin No. ${facts.bulletinNumber} to the test at **${confidence_1.CONFIDENCE_LABELS[facts.confidence]}**.`;
    return press(`Research Manifesto ${facts.code}: ${player} announces a ${expedition_rules_1.EXPEDITION_TYPE_LABELS[facts.type]}`, [
        `${player} declares, before witnesses and creditors alike, an expedition in ${facts.discipline}.`,
        `> ${(0, template_text_1.quotePlayerText)(facts.objective)}`,
        `Team: ${(0, template_text_1.joinNames)(facts.teamNames)}. Preparation: ${facts.depth}.`,
        facts.fundingFactions.length > 0 ? `Funded by ${(0, template_text_1.joinNames)(facts.fundingFactions)}.` : '',
        `Paid: ${facts.cost}.`,
        wager,
        'Results at the next Gazette.',
    ]);
}
function reportText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    const failed = facts.band === 'failure';
    const kind = failed ? 'Retraction Notice' : 'Discovery Report';
    const m = facts.modifiers;
    const preparation = m.thinkTankBonus
        ? `preparation +${m.preparation} (${facts.depth} ${expedition_rules_1.DEPTH_PREPARATION[facts.depth]}, think tank +10, cap 30)`
        : `preparation +${m.preparation} (${facts.depth})`;
    const friction = `friction −${m.friction} (site ${m.siteFriction}, politics ${m.politicalFriction})`;
    const judged = facts.wager.bulletinNumber === null
        ? `Own wager at ${confidence_1.CONFIDENCE_LABELS[facts.wager.confidence]}`
        : `Bulletin No. ${facts.wager.bulletinNumber} judged at ${confidence_1.CONFIDENCE_LABELS[facts.wager.confidence]}`;
    return press(`${kind} ${facts.code}: ${player}, ${expedition_rules_1.BAND_LABELS[facts.band]}`, [
        failed
            ? `${player} withdraws the claim that the ${expedition_rules_1.EXPEDITION_TYPE_LABELS[facts.type]} would deliver:`
            : `${player}'s ${expedition_rules_1.EXPEDITION_TYPE_LABELS[facts.type]} returns with results:`,
        `> ${(0, template_text_1.quotePlayerText)(facts.objective)}`,
        `Roll: d100 **${facts.roll}**, ${preparation}, expertise +${m.expertise}, ${friction}.`,
        `Score **${facts.score}**: ${expedition_rules_1.BAND_LABELS[facts.band]}.`,
        `${judged}: reputation ${(0, template_text_1.formatSigned)(facts.wager.change)}, now ${(0, template_text_1.formatSigned)(facts.reputationAfter)}.`,
        facts.rewards ? `Influence gained: ${facts.rewards}.` : '',
        facts.outcomeText ?? '',
        facts.sidecastText ?? '',
        ...facts.challengeLines,
    ]);
}
function conferenceCallText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    return press(`Conference called on Bulletin No. ${facts.bulletinNumber}`, [
        `${player} has hired a hall, a lectern and a stenographer to settle the matter in public:`,
        `> ${(0, template_text_1.quotePlayerText)(facts.claim)}`,
        `Speaking for: ${(0, template_text_1.joinNames)(facts.supporterNames) || 'nobody yet'}.`,
        `Speaking against: ${(0, template_text_1.joinNames)(facts.oppositionNames) || 'nobody yet'}.`,
        'The hall empties and the verdict prints at the next Gazette.',
    ]);
}
function conferenceReportText(facts) {
    const player = (0, template_text_1.quotePlayerText)(facts.playerName);
    const kind = facts.band === 'failure' ? 'Retraction Notice' : 'Discovery Report';
    const payout = facts.change === null
        ? `Bulletin No. ${facts.bulletinNumber} had already been judged, so the verdict pays nothing.`
        : `Bulletin No. ${facts.bulletinNumber} judged at ${confidence_1.CONFIDENCE_LABELS[facts.confidence]}: reputation ${(0, template_text_1.formatSigned)(facts.change)}, now ${(0, template_text_1.formatSigned)(facts.reputationAfter)}.`;
    return press(`${kind}: the conference on Bulletin No. ${facts.bulletinNumber}, ${expedition_rules_1.BAND_LABELS[facts.band]}`, [
        `The conference called by ${player} has voted, shouted and adjourned.`,
        `Roll: d100 **${facts.roll}**, supporters +${facts.supporterBonus * facts.supporters} (${facts.supporters}), opposition −${facts.oppositionPenalty * facts.opposition} (${facts.opposition}).`,
        `Score **${facts.score}**: ${expedition_rules_1.BAND_LABELS[facts.band]}.`,
        payout,
        ...facts.challengeLines,
    ]);
}
function challengeText(facts) {
    const challenger = (0, template_text_1.quotePlayerText)(facts.challengerName);
    const owner = (0, template_text_1.quotePlayerText)(facts.ownerName);
    return press(`${challenger} challenges Bulletin No. ${facts.bulletinNumber}`, [
        `${challenger} has wagered at **${confidence_1.CONFIDENCE_LABELS[facts.confidence]}** that ${owner}'s theory will not survive its test.`,
        'The wager pays if the theory is refuted, costs if it is vindicated, and nothing on a partial result.',
    ]);
}
/** One line per settled challenge, for the report of the result that judged the theory. */
function challengeLine(challengerName, outcome, change) {
    const challenger = (0, template_text_1.quotePlayerText)(challengerName);
    if (outcome === 'drawn') {
        return `Challenge by ${challenger}: drawn on a partial result, nothing paid.`;
    }
    return `Challenge by ${challenger}: ${outcome}, reputation ${(0, template_text_1.formatSigned)(change)}.`;
}
//# sourceMappingURL=expedition-press.js.map