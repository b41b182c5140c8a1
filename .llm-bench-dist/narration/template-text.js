"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.quotePlayerText = quotePlayerText;
exports.truncateText = truncateText;
exports.pickVariant = pickVariant;
exports.fillTemplate = fillTemplate;
exports.formatSigned = formatSigned;
exports.countNoun = countNoun;
exports.joinNames = joinNames;
const node_crypto_1 = require("node:crypto");
/** Zero-width space: placed after `@` it keeps the text readable but stops Discord pinging. */
const ZERO_WIDTH_SPACE = '\u200b';
/** Characters that start inline Discord markdown: bold, italics, strike, code, spoiler, links. */
const INLINE_MARKDOWN = /[\\*_~`|[\]]/g;
/** Markers that only act at the start of a line: headings, quotes, lists, subtext. */
const LINE_START_MARKER = /^(\s*)([#>+-])/;
const LINE_START_ORDERED_LIST = /^(\s*\d+)\./;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/**
 * Makes player text safe to insert into Discord markdown while keeping its words.
 *
 * Line breaks become spaces so a quotation stays on its line, markdown characters are escaped
 * with a backslash, and `@everyone`, `@here` and `<@…>` mentions get a zero-width space after
 * the `@`. The caller still sends with mentions disabled: this is a second line of defence.
 */
function quotePlayerText(text) {
    const escaped = text
        .replace(LINE_BREAKS, ' ')
        .replace(INLINE_MARKDOWN, (character) => `\\${character}`)
        .replace(LINE_START_MARKER, '$1\\$2')
        .replace(LINE_START_ORDERED_LIST, '$1\\.');
    return escaped
        .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
        .replace(/<@/g, `<@${ZERO_WIDTH_SPACE}`);
}
/**
 * Shortens text to at most `maxLength` UTF-16 units, ending with an ellipsis when cut.
 * It never splits a surrogate pair or leaves a lone backslash that would escape the ellipsis.
 */
function truncateText(text, maxLength) {
    if (text.length <= maxLength) {
        return text;
    }
    if (maxLength <= 0) {
        return '';
    }
    let cut = maxLength - 1;
    const lastKept = text.charCodeAt(cut - 1);
    if (lastKept >= 0xd800 && lastKept <= 0xdbff) {
        cut -= 1;
    }
    let head = text.slice(0, cut);
    const trailingBackslashes = /\\+$/.exec(head)?.[0].length ?? 0;
    if (trailingBackslashes % 2 === 1) {
        head = head.slice(0, -1);
    }
    return `${head.trimEnd()}…`;
}
/**
 * Picks one variant from a stable hash of the key parts, so the same facts always give the same
 * text and different facts spread over the variants.
 */
function pickVariant(variants, ...keyParts) {
    if (variants.length === 0) {
        throw new RangeError('cannot pick a variant from an empty list');
    }
    const digest = (0, node_crypto_1.createHash)('sha256').update(keyParts.join('\u0000')).digest();
    return variants[digest.readUInt32BE(0) % variants.length];
}
/**
 * Replaces each `{key}` in the template with its value in one pass, so a value that itself
 * contains braces is never expanded. Throws on a placeholder without a value, which is a bug
 * in the template, not bad input.
 */
function fillTemplate(template, values) {
    return template.replace(/\{(\w+)\}/g, (_match, key) => {
        const value = values[key];
        if (value === undefined) {
            throw new Error(`template placeholder {${key}} has no value`);
        }
        return String(value);
    });
}
/** Writes a signed whole number the way the press prints it: +5, −7 (true minus sign), 0. */
function formatSigned(value) {
    if (value > 0) {
        return `+${value}`;
    }
    if (value < 0) {
        return `\u2212${Math.abs(value)}`;
    }
    return '0';
}
/** Writes a count with its noun: "1 item", "3 items". */
function countNoun(count, singular, plural) {
    return `${count} ${count === 1 ? singular : plural}`;
}
/** Joins names as prose: "A", "A and B", "A, B and C". */
function joinNames(names) {
    if (names.length <= 1) {
        return names.join('');
    }
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
//# sourceMappingURL=template-text.js.map