"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FACTIONS = exports.DISCIPLINES = exports.ARCHETYPES = void 0;
/** The nine scholar archetypes of the game. */
exports.ARCHETYPES = [
    'Empiricist',
    'Visionary',
    'Trickster',
    'Administrator',
    'Gadfly',
    'Field Engineer',
    'Archivist',
    'Mystic',
    'Polymath',
];
/** The ten research disciplines; expeditions name one and scholars hold one or two. */
exports.DISCIPLINES = [
    'Archaeology',
    'Epigraphy',
    'Metallurgy',
    'Palaeoclimatology',
    'Geodesy',
    'Comparative Myth',
    'Experimental Archaeology',
    'Chronology',
    'Remote Sensing',
    'Conservation',
];
/** The five factions; each has one canonical key used everywhere. */
exports.FACTIONS = ['academia', 'government', 'industry', 'religion', 'foreign'];
//# sourceMappingURL=scholar-profile.js.map