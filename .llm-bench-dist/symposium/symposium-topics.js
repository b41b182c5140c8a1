"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BUILTIN_TOPICS = void 0;
/** Built-in symposium topics, in the voice of a learned society that enjoys its own quarrels. */
exports.BUILTIN_TOPICS = [
    {
        key: 'footnotes',
        title: 'That a discovery unpublished in footnotes has not, in any meaningful sense, occurred',
    },
    {
        key: 'rival-maps',
        title: 'Whether a map drawn by one\'s rival may be cited without first being corrected in red ink',
    },
    {
        key: 'museum-basements',
        title: 'That every museum basement holds at least one mislabelled civilisation',
    },
    {
        key: 'patrons',
        title: 'Whether a patron who funds the dig may name the ruin after a favourite aunt',
    },
    {
        key: 'weather',
        title: 'That field seasons are decided by the weather, and reputations by the weather reports',
    },
    {
        key: 'forgeries',
        title: 'Whether a forgery good enough to fool this society deserves a fellowship of its own',
    },
    {
        key: 'chronology',
        title: 'That all chronologies are provisional, except the one proposed by the speaker',
    },
    {
        key: 'lecture-length',
        title: 'Whether a lecture that outlasts its candles should be entered in the minutes as a siege',
    },
    {
        key: 'amateurs',
        title: 'That the amateur with a shovel has embarrassed the professor with a theory once too often',
    },
    {
        key: 'lost-languages',
        title: 'Whether a language with one surviving inscription may be said to have had an opinion',
    },
];
//# sourceMappingURL=symposium-topics.js.map