"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TemplateNarrator = exports.REACTION_MAX_LENGTH = exports.PRESS_BODY_MAX_LENGTH = exports.PRESS_HEADLINE_MAX_LENGTH = void 0;
const common_1 = require("@nestjs/common");
const confidence_1 = require("../theories/confidence");
const press_templates_1 = require("./press-templates");
const template_text_1 = require("./template-text");
/** Maximum headline length, because Discord caps an embed title at 256 characters. */
exports.PRESS_HEADLINE_MAX_LENGTH = 256;
/** Maximum body length, which leaves room under Discord's 4,096-character embed description. */
exports.PRESS_BODY_MAX_LENGTH = 3500;
/** Maximum reaction length, so each one-line reaction stays under 200 characters. */
exports.REACTION_MAX_LENGTH = 199;
/** Game limits on player text. Longer input is cut here rather than trusted. */
const CLAIM_MAX_LENGTH = 1000;
const NAME_MAX_LENGTH = 100;
const DEADLINE_MAX_LENGTH = 100;
/** Scholar names are cut shorter in reactions so the line itself fits. */
const REACTION_NAME_MAX_LENGTH = 40;
/** A stance of +2 or more reads as admiring and −2 or less as scornful. Between is neutral. */
const STANCE_THRESHOLD = 2;
/**
 * Writes press from fixed templates, without a language model. Variants are chosen from a hash of
 * the facts, so the same facts always give the same text.
 */
let TemplateNarrator = class TemplateNarrator {
    theoryBulletin(facts) {
        const key = ['bulletin', facts.bulletinNumber, facts.claim];
        const player = quoteName(facts.playerName);
        const stakes = confidence_1.CONFIDENCE_TABLE[facts.confidence];
        const title = (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.BULLETIN_TITLES, ...key, 'title'), { player });
        const headline = (0, template_text_1.fillTemplate)(press_templates_1.BULLETIN_HEADLINE, { number: facts.bulletinNumber, title });
        const opening = (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.BULLETIN_OPENINGS, ...key, 'opening'), {
            player,
            year: facts.year,
        });
        const ledger = [
            (0, template_text_1.fillTemplate)(press_templates_1.BULLETIN_CONFIDENCE, { confidence: confidence_1.CONFIDENCE_LABELS[facts.confidence] }),
            this.describeSupporters(facts.supporterNames, key),
            (0, template_text_1.fillTemplate)(press_templates_1.BULLETIN_DEADLINE, {
                deadline: (0, template_text_1.quotePlayerText)((0, template_text_1.truncateText)(facts.deadline, DEADLINE_MAX_LENGTH)),
            }),
            (0, template_text_1.fillTemplate)(press_templates_1.BULLETIN_STAKES, {
                reward: (0, template_text_1.formatSigned)(stakes.vindicated),
                partial: (0, template_text_1.formatSigned)((0, confidence_1.partialReward)(facts.confidence)),
                penalty: (0, template_text_1.formatSigned)(stakes.refuted),
            }),
            (0, template_text_1.pickVariant)(press_templates_1.BULLETIN_CLOSINGS, ...key, 'closing'),
        ];
        const body = composeAroundClaim([opening], facts.claim, ledger);
        return Promise.resolve(limitPress(headline, body));
    }
    theoryLapse(facts) {
        const key = ['lapse', facts.bulletinNumber, facts.claim];
        const player = quoteName(facts.playerName);
        const headline = (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.LAPSE_HEADLINES, ...key, 'headline'), {
            number: facts.bulletinNumber,
        });
        const opening = (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.LAPSE_OPENINGS, ...key, 'opening'), {
            number: facts.bulletinNumber,
            player,
        });
        const closing = [
            (0, template_text_1.pickVariant)(press_templates_1.LAPSE_REMARKS, ...key, 'remark'),
            (0, template_text_1.fillTemplate)(press_templates_1.LAPSE_PENALTY, { player, reputation: (0, template_text_1.formatSigned)(facts.reputationAfter) }),
        ];
        const body = composeAroundClaim([opening], facts.claim, closing);
        return Promise.resolve(limitPress(headline, body));
    }
    yearTurn(facts) {
        const key = ['year-turn', facts.campaignSeed, facts.fromYear, facts.toYear];
        const years = { fromYear: facts.fromYear, toYear: facts.toYear };
        const headline = (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.YEAR_TURN_HEADLINES, ...key, 'headline'), years);
        const body = (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.YEAR_TURN_BODIES, ...key, 'body'), years);
        return Promise.resolve(limitPress(headline, body));
    }
    digestMasthead(facts) {
        const key = ['masthead', facts.campaignSeed, facts.year, facts.editionLabel];
        const edition = (0, template_text_1.quotePlayerText)((0, template_text_1.truncateText)(facts.editionLabel, NAME_MAX_LENGTH));
        const headline = (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.MASTHEAD_HEADLINES, ...key, 'headline'), {
            edition,
        });
        const lines = facts.itemCount > 0
            ? [
                (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.MASTHEAD_NEWS, ...key, 'news'), {
                    year: facts.year,
                    items: (0, template_text_1.countNoun)(facts.itemCount, 'item', 'items'),
                }),
            ]
            : [(0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.MASTHEAD_QUIET, ...key, 'quiet'), { year: facts.year })];
        if (facts.foldedEditions > 0) {
            const folded = (0, template_text_1.countNoun)(facts.foldedEditions, 'missed edition', 'missed editions');
            lines.push((0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.MASTHEAD_FOLDED, ...key, 'folded'), { folded }));
        }
        return Promise.resolve(limitPress(headline, lines.join('\n')));
    }
    scholarReactions(facts) {
        return Promise.resolve(facts.map((fact) => this.writeReaction(fact)));
    }
    describeSupporters(supporterNames, key) {
        if (supporterNames.length === 0) {
            return (0, template_text_1.pickVariant)(press_templates_1.BULLETIN_NO_SUPPORTERS, ...key, 'alone');
        }
        const supporters = (0, template_text_1.joinNames)(supporterNames.map(quoteName));
        return (0, template_text_1.fillTemplate)((0, template_text_1.pickVariant)(press_templates_1.BULLETIN_SUPPORTERS, ...key, 'supporters'), { supporters });
    }
    writeReaction(fact) {
        const tone = toneOf(fact.stance);
        const key = ['reaction', fact.scholarName, fact.archetype, fact.event, tone];
        const manners = press_templates_1.ARCHETYPE_MANNERS[fact.archetype] ?? press_templates_1.DEFAULT_MANNERS;
        const values = {
            name: (0, template_text_1.quotePlayerText)((0, template_text_1.truncateText)(fact.scholarName, REACTION_NAME_MAX_LENGTH)),
            manner: (0, template_text_1.pickVariant)(manners, ...key, 'manner'),
            line: (0, template_text_1.pickVariant)(press_templates_1.REACTION_LINES[tone], ...key, 'line'),
        };
        const catchphrase = fact.catchphrase.trim();
        const wantsCatchphrase = (0, template_text_1.pickVariant)([true, false], ...key, 'catchphrase');
        if (catchphrase !== '' && wantsCatchphrase) {
            const withCatchphrase = (0, template_text_1.fillTemplate)(press_templates_1.REACTION_WITH_CATCHPHRASE, {
                ...values,
                catchphrase: (0, template_text_1.quotePlayerText)(endSentence(catchphrase)),
            });
            if (withCatchphrase.length <= exports.REACTION_MAX_LENGTH) {
                return withCatchphrase;
            }
        }
        return (0, template_text_1.truncateText)((0, template_text_1.fillTemplate)(press_templates_1.REACTION, values), exports.REACTION_MAX_LENGTH);
    }
};
exports.TemplateNarrator = TemplateNarrator;
exports.TemplateNarrator = TemplateNarrator = __decorate([
    (0, common_1.Injectable)()
], TemplateNarrator);
function quoteName(name) {
    return (0, template_text_1.quotePlayerText)((0, template_text_1.truncateText)(name.trim(), NAME_MAX_LENGTH));
}
function toneOf(stance) {
    if (stance >= STANCE_THRESHOLD) {
        return 'admiring';
    }
    if (stance <= -STANCE_THRESHOLD) {
        return 'scornful';
    }
    return 'neutral';
}
function endSentence(text) {
    return /[.!?\u2026]$/.test(text) ? text : `${text}.`;
}
/**
 * Joins the lines with the quoted claim between them. The claim is shortened to whatever room the
 * other lines leave, so the facts around it (confidence, deadline, stakes) are never cut.
 */
function composeAroundClaim(before, claim, after) {
    const frameLength = [...before, (0, template_text_1.fillTemplate)(press_templates_1.BULLETIN_CLAIM, { claim: '' }), ...after].join('\n').length;
    const room = Math.max(0, exports.PRESS_BODY_MAX_LENGTH - frameLength);
    const quoted = (0, template_text_1.truncateText)((0, template_text_1.quotePlayerText)((0, template_text_1.truncateText)(claim.trim(), CLAIM_MAX_LENGTH)), room);
    return [...before, (0, template_text_1.fillTemplate)(press_templates_1.BULLETIN_CLAIM, { claim: quoted }), ...after].join('\n');
}
function limitPress(headline, body) {
    return {
        headline: (0, template_text_1.truncateText)(headline, exports.PRESS_HEADLINE_MAX_LENGTH),
        body: (0, template_text_1.truncateText)(body, exports.PRESS_BODY_MAX_LENGTH),
    };
}
//# sourceMappingURL=template-narrator.js.map