"use strict";
/**
 * Prose for the template narrator. Placeholders in braces are filled by `fillTemplate`, and every
 * value that comes from a player is escaped before it arrives here. Variants of one template are
 * interchangeable: each must carry the same placeholders, so any choice states the same facts.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.REACTION_WITH_CATCHPHRASE = exports.REACTION = exports.REACTION_LINES = exports.DEFAULT_MANNERS = exports.ARCHETYPE_MANNERS = exports.MASTHEAD_FOLDED = exports.MASTHEAD_QUIET = exports.MASTHEAD_NEWS = exports.MASTHEAD_HEADLINES = exports.YEAR_TURN_BODIES = exports.YEAR_TURN_HEADLINES = exports.LAPSE_PENALTY = exports.LAPSE_REMARKS = exports.LAPSE_OPENINGS = exports.LAPSE_HEADLINES = exports.BULLETIN_CLOSINGS = exports.BULLETIN_STAKES = exports.BULLETIN_NO_SUPPORTERS = exports.BULLETIN_SUPPORTERS = exports.BULLETIN_DEADLINE = exports.BULLETIN_CONFIDENCE = exports.BULLETIN_CLAIM = exports.BULLETIN_OPENINGS = exports.BULLETIN_TITLES = exports.BULLETIN_HEADLINE = void 0;
/** Academic Bulletin headline. Placeholders: {number}, {title} (one of the titles below). */
exports.BULLETIN_HEADLINE = 'Academic Bulletin No. {number} \u2014 {title}';
/** Academic Bulletin title. Placeholders: {player}. */
exports.BULLETIN_TITLES = [
    '{player} Nails a Thesis to the Faculty Door',
    '{player} Lays a Claim Before the Learned World',
    '{player} Puts Reputation Where the Footnotes Are',
    'A Proposition from {player}, Ink Still Wet',
    '{player} Breaks the Seal on a New Theory',
    '{player} Declares, and the Common Room Falls Silent',
];
/** First line of a bulletin, introducing the quoted claim. Placeholders: {player}, {year}. */
exports.BULLETIN_OPENINGS = [
    'In the year {year}, {player} rises before the assembled faculties and declares:',
    'In {year}, {player} has pinned the following to the Bulletin board, to be admired, doubted or defaced:',
    'Let the record of {year} show that {player} asserts, without blushing:',
    'From the desk of {player}, carried across the quad in {year} by a breathless porter:',
    '{player} requests the attention of every learned society of {year}, and offers this:',
];
/** The claim as a block quotation. Placeholders: {claim}. */
exports.BULLETIN_CLAIM = '> \u201c{claim}\u201d';
/** Confidence and deadline lines of a bulletin. Placeholders: {confidence}, {deadline}. */
exports.BULLETIN_CONFIDENCE = '**Confidence:** {confidence}';
exports.BULLETIN_DEADLINE = '**To be tested by:** {deadline}';
/** Supporters line when scholars back the claim. Placeholders: {supporters}. */
exports.BULLETIN_SUPPORTERS = [
    '**Seconded by:** {supporters}',
    '**Seconded by:** {supporters}, whose signatures crowd the margin',
    '**Seconded by:** {supporters}, for better or worse',
    '**Seconded by:** {supporters}, each a little nervous',
];
/** Supporters line when no scholar backs the claim. No placeholders. */
exports.BULLETIN_NO_SUPPORTERS = [
    '**Seconded by:** no one. The claim stands alone, as bold claims often do.',
    '**Seconded by:** nobody yet. The claim stands alone on the lectern.',
    '**Seconded by:** not a single colleague. The claim stands alone and seems to like it.',
    '**Seconded by:** no scholar has signed. The claim stands alone.',
];
/** The wager. Placeholders: {reward}, {partial}, {penalty}, signed ("+5", "−7"). */
exports.BULLETIN_STAKES = '**Stakes:** {reward} reputation if vindicated, {partial} if partly borne out, {penalty} if refuted.';
/** Last line of a bulletin. No placeholders. */
exports.BULLETIN_CLOSINGS = [
    'Rivals who doubt it may say so with a wager of their own before the deadline.',
    'The archive has filed it under Bold, pending Proof.',
    'Spectators are asked to keep their hats on and their objections in writing.',
    'Should it fail, the Gazette will report that too, with relish.',
    'Wagers against it are accepted until the deadline, in the usual spirit of collegial malice.',
];
/** Headline of a lapsed theory. Placeholders: {number}. */
exports.LAPSE_HEADLINES = [
    'Academic Bulletin No. {number} Lapses Untested',
    'Academic Bulletin No. {number}: The Deadline Passes in Silence',
    'Academic Bulletin No. {number} Gathers Dust Past Its Deadline',
    'Academic Bulletin No. {number} Expires Without a Spade Lifted',
];
/** First line of a lapse notice, before the quoted claim. Placeholders: {number}, {player}. */
exports.LAPSE_OPENINGS = [
    'The deadline of Academic Bulletin No. {number} has passed, and {player} never put the claim to the test. It read:',
    '{player} promised proof of Academic Bulletin No. {number} and delivered only silence. For the record, it read:',
    'Academic Bulletin No. {number}, filed by {player}, reached its deadline untested by any expedition or conference. It read:',
    'No expedition, no conference, not so much as a letter to the editor: Academic Bulletin No. {number} from {player} is left untested. It read:',
];
/** A remark on the lapse. No placeholders. */
exports.LAPSE_REMARKS = [
    'The Gazette files it under Unfinished Business, a drawer that never quite closes.',
    'Claims, like souffl\u00e9s, do not keep.',
    'Rivals are said to be reading it aloud at dinner, slowly.',
    'The archivists have moved it to the shelf where good intentions go to yellow.',
];
/** The cost of a lapse. Placeholders: {player}, {reputation} (signed). */
exports.LAPSE_PENALTY = '**Reputation:** \u22121 for leaving the claim untested. {player} now stands at {reputation}.';
/** Year's Turn headline. Placeholders: {fromYear}, {toYear}. */
exports.YEAR_TURN_HEADLINES = [
    "The Year's Turn: {fromYear} Closes, {toYear} Opens",
    "The Year's Turn: Farewell {fromYear}, Welcome {toYear}",
    "The Year's Turn: From {fromYear} the Calendar Advances to {toYear}",
    "The Year's Turn: {toYear} Arrives, {fromYear} Departs Unrefereed",
];
/** Year's Turn body. Placeholders: {fromYear}, {toYear}. */
exports.YEAR_TURN_BODIES = [
    'The clocks of every faculty strike midnight together, for once. {fromYear} is shelved in the archive beside its unfinished footnotes, and {toYear} begins with fresh ink and old grudges.',
    '{fromYear} leaves the lecture hall without taking questions. {toYear} takes the lectern, clears its throat and asks who has been funding whom.',
    'The porters carry {fromYear} down to the stacks in a crate marked Settled, More or Less. {toYear} is unpacked upstairs, and its first delivery is a pile of overdue proofs.',
    'A toast in the senior common room: to {fromYear}, which proved some of us right, and to {toYear}, which may yet prove the rest of us wrong.',
    'The almanac turns a page with the sound of a rival closing a door. Goodbye, {fromYear}. Mind the dust, {toYear}.',
];
/** Masthead headline. Placeholders: {edition}. */
exports.MASTHEAD_HEADLINES = [
    'The Great Work Gazette \u2014 Edition of {edition}',
    'The Great Work Gazette \u2014 {edition}, Hot from the Press',
    'The Great Work Gazette \u2014 {edition}, Read Aloud in Every Common Room',
    'The Great Work Gazette \u2014 {edition}, Late Edition',
    'The Great Work Gazette \u2014 {edition}, Ink Still Drying',
];
/** Masthead line for an edition with news. Placeholders: {year}, {items} ("3 items"). */
exports.MASTHEAD_NEWS = [
    'Year {year}. This edition carries {items}, set in type and only lightly libellous.',
    'Year {year}. Below, {items} for the learned public.',
    'The year is {year}, and the presses have run off {items} of news.',
    'Year {year}. Here, arranged by the editor in order of scandal: {items}.',
    'From the presses of the year {year}: {items}, fresh and contentious.',
];
/** Masthead line for an edition without news. Placeholders: {year}. */
exports.MASTHEAD_QUIET = [
    'Year {year}. A quiet day in academia: no news, and everyone suspicious of it.',
    'Year {year}. The presses stand idle, for not one claim, expedition or scandal reached the editor.',
    'Year {year}. Nothing to report. The editor has taken the afternoon off to reread old footnotes.',
    'Year {year}. Silence in the common rooms, which the Gazette reports as news in itself.',
];
/** Masthead line for missed editions caught up in this one. Placeholders: {folded}. */
exports.MASTHEAD_FOLDED = [
    'This edition folds in {folded}. The presses were idle; the news was not.',
    'Folded into this edition: {folded}, caught up at last.',
    'The editor apologises for {folded}, whose news is gathered here.',
    'Also inside, folded in while the printers slept: {folded}.',
];
/** Manner phrases for each archetype, describing how the scholar delivers a reaction. */
exports.ARCHETYPE_MANNERS = {
    Empiricist: ['squinting at the figures', 'reaching for a slide rule'],
    Visionary: ['gazing past the horizon', 'sketching cathedrals in the margin'],
    Trickster: ['with a wink to the gallery', 'hiding a grin behind a teacup'],
    Administrator: ['stamping a form in triplicate', 'consulting the committee minutes'],
    Gadfly: ['from the back row, loudly', 'interrupting the vote of thanks'],
    'Field Engineer': ['wiping mud from a theodolite', 'tightening a guy rope'],
    Archivist: ['peering over a card index', 'dusting off a precedent'],
    Mystic: ['consulting the tea leaves', 'with eyes half closed'],
    Polymath: ['between three other conversations', 'switching between four languages'],
};
/** Manner for an archetype the templates do not know. */
exports.DEFAULT_MANNERS = ['adjusting a pair of spectacles', 'clearing a learned throat'];
/** Reaction lines by the scholar's stance toward the player. No placeholders. */
exports.REACTION_LINES = {
    admiring: [
        'Splendid. I shall cite it before the ink is dry.',
        'At last, someone in this faculty with nerve.',
        'I said they had promise. Note that I said it first.',
        'Put it in the annals, and put my name near it.',
        'Magnificent work. I am almost jealous.',
    ],
    neutral: [
        'Interesting. I reserve judgement until Tuesday.',
        'We shall see what the spade says.',
        'Noted, filed, and not yet believed.',
        'Neither here nor there, but I shall be watching.',
        'A fair attempt. The footnotes will decide.',
    ],
    scornful: [
        'I have seen sturdier theories in a first-year essay.',
        'Bold, in the way that walking into a lake is bold.',
        'Wake me when there is evidence.',
        'The archive has a drawer for this sort of thing. It is labelled Kindling.',
        'Charming. Wrong, but charming.',
    ],
};
/** One reaction line. Placeholders: {name}, {manner}, {line}. */
exports.REACTION = '{name}, {manner}: \u201c{line}\u201d';
/** One reaction line closing with the catchphrase. Placeholders: as above, plus {catchphrase}. */
exports.REACTION_WITH_CATCHPHRASE = '{name}, {manner}: \u201c{line} {catchphrase}\u201d';
//# sourceMappingURL=press-templates.js.map