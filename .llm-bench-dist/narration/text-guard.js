"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TextGuard = exports.DEFAULT_BLOCKED_WORDS = void 0;
exports.numbersIn = numbersIn;
exports.inventedNumbers = inventedNumbers;
/**
 * Words generated text may not contain, matched as whole words without regard to case, so
 * "bombastic" or "Scunthorpe" pass while the word itself fails.
 */
exports.DEFAULT_BLOCKED_WORDS = [
    'fuck',
    'fucking',
    'shit',
    'cunt',
    'bitch',
    'bastard',
    'whore',
    'slut',
    'retard',
    'faggot',
    'nigger',
    'kill yourself',
];
/** Discord mention syntax and mass pings, which generated text must never carry. */
const MENTION_PATTERN = /@(everyone|here)\b|<@[!&]?\d+>|<#\d+>/i;
/** Checks generated text before it is posted: blocked words, mentions, length and line count. */
class TextGuard {
    blocked;
    constructor(options = {}) {
        const words = options.blockedWords ?? exports.DEFAULT_BLOCKED_WORDS;
        this.blocked =
            words.length === 0
                ? null
                : new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    }
    /** Returns whether `text` may be posted as one line of at most `maxLength` characters. */
    checkLine(text, maxLength) {
        if (/[\r\n]/.test(text)) {
            return { isAccepted: false, problem: 'more than one line' };
        }
        return this.check(text, maxLength);
    }
    /** Returns whether `text` may be posted: not blank, within `maxLength`, no blocked word. */
    check(text, maxLength) {
        if (text.trim() === '') {
            return { isAccepted: false, problem: 'blank' };
        }
        if (text.length > maxLength) {
            return { isAccepted: false, problem: `longer than ${maxLength} characters` };
        }
        if (MENTION_PATTERN.test(text)) {
            return { isAccepted: false, problem: 'contains a mention' };
        }
        if (this.blocked?.test(text)) {
            return { isAccepted: false, problem: 'contains a blocked word' };
        }
        return { isAccepted: true };
    }
}
exports.TextGuard = TextGuard;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Numbers written with digits in `text`, with thousands separators removed: "1,000" → "1000". */
function numbersIn(text) {
    const matches = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
    return matches.map((match) => match.replace(/,(?=\d{3}\b)/g, ''));
}
/**
 * Returns the numbers in `output` that appear nowhere in `facts`. A language model only rewords
 * the facts, so any other number is invented and the text is rejected.
 */
function inventedNumbers(output, facts) {
    const known = new Set(facts.flatMap(numbersIn));
    return numbersIn(output).filter((number) => !known.has(number));
}
//# sourceMappingURL=text-guard.js.map