"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STARTING_ROSTER_MAX_SIZE = exports.STARTING_ROSTER_MIN_SIZE = void 0;
exports.generateScholar = generateScholar;
exports.nextProceduralScholar = nextProceduralScholar;
exports.buildStartingRoster = buildStartingRoster;
const random_1 = require("../common/random");
const scholar_legends_1 = require("./scholar-legends");
const scholar_name_parts_1 = require("./scholar-name-parts");
const scholar_profile_1 = require("./scholar-profile");
/** Bounds of a campaign's starting roster, legends included. */
exports.STARTING_ROSTER_MIN_SIZE = 20;
exports.STARTING_ROSTER_MAX_SIZE = 30;
/**
 * Indexes tried before giving up on a free name. The name space contains 500 names, so a miss
 * this long means the caller's taken set covers almost all of them.
 */
const MAX_NAME_ATTEMPTS = 2000;
const SEASON_COUNTS = ['two', 'three', 'four', 'five', 'seven'];
/**
 * Generates the procedural scholar at `index` of a campaign. The result depends only on the seed
 * and the index, so the same pair always gives the same scholar.
 */
function generateScholar(campaignSeed, index) {
    if (!Number.isInteger(index) || index < 0) {
        throw new RangeError(`scholar index must be a non-negative integer, got ${index}`);
    }
    const random = new random_1.RandomStream(`${campaignSeed}:scholar:${index}`);
    const culture = random.pick(scholar_name_parts_1.NAME_CULTURES);
    const name = `${random.pick(culture.givenNames)} ${random.pick(culture.surnames)}`;
    const archetype = random.pick(scholar_profile_1.ARCHETYPES);
    const disciplines = drawDisciplines(random, archetype);
    const stats = drawStats(random, archetype);
    const politics = drawPolitics(random, archetype);
    const methodPool = disciplines.flatMap((discipline) => scholar_name_parts_1.DISCIPLINE_METHODS[discipline]);
    const [firstMethod, secondMethod] = random.sample(methodPool, 2);
    return {
        key: `gen-${index}`,
        name,
        title: chooseHonorific(random, archetype, stats, politics),
        archetype,
        disciplines,
        methods: [firstMethod, secondMethod],
        drives: random.sample(scholar_name_parts_1.DRIVES, random.int(2, 3)),
        virtues: random.sample(scholar_name_parts_1.VIRTUES, 2),
        vice: random.pick(scholar_name_parts_1.VICES),
        stats,
        politics,
        catchphrase: writeCatchphrase(random, archetype, disciplines[0]),
        taboos: random.sample(scholar_name_parts_1.TABOOS, random.int(1, 2)),
        career: writeCareer(random, disciplines[0]),
        isLegend: false,
    };
}
/**
 * Finds the first procedural scholar from `startIndex` on whose name is not in `takenNames`.
 * Returns the profile and the index it was generated from, so the next search can start at
 * `index + 1`.
 */
function nextProceduralScholar(campaignSeed, takenNames, startIndex) {
    for (let index = startIndex; index < startIndex + MAX_NAME_ATTEMPTS; index += 1) {
        const profile = generateScholar(campaignSeed, index);
        if (!takenNames.has(profile.name)) {
            return { profile, index };
        }
    }
    throw new Error(`no free scholar name in indexes ${startIndex}..${startIndex + MAX_NAME_ATTEMPTS - 1} ` +
        `(${takenNames.size} names taken)`);
}
/**
 * Builds a campaign's starting roster: copies of the ten legends, then procedural scholars from
 * index 0 on, skipping any whose name is already on the roster.
 */
function buildStartingRoster(campaignSeed, size) {
    if (!Number.isInteger(size) ||
        size < exports.STARTING_ROSTER_MIN_SIZE ||
        size > exports.STARTING_ROSTER_MAX_SIZE) {
        throw new RangeError(`starting roster size must be a whole number from ${exports.STARTING_ROSTER_MIN_SIZE} to ` +
            `${exports.STARTING_ROSTER_MAX_SIZE}, got ${size}`);
    }
    const roster = scholar_legends_1.SCHOLAR_LEGENDS.map((legend) => structuredClone(legend));
    const takenNames = new Set(roster.map((scholar) => scholar.name));
    let nextIndex = 0;
    while (roster.length < size) {
        const { profile, index } = nextProceduralScholar(campaignSeed, takenNames, nextIndex);
        roster.push(profile);
        takenNames.add(profile.name);
        nextIndex = index + 1;
    }
    return roster;
}
function drawDisciplines(random, archetype) {
    const first = random.pick(scholar_name_parts_1.ARCHETYPE_DISCIPLINES[archetype]);
    if (random.int(1, 2) === 1) {
        return [first];
    }
    const second = random.pick(scholar_profile_1.DISCIPLINES.filter((discipline) => discipline !== first));
    return [first, second];
}
function drawStats(random, archetype) {
    const base = scholar_name_parts_1.ARCHETYPE_BASE_STATS[archetype];
    return {
        talent: clamp(base.talent + random.int(-2, 2), 0, 10),
        reliability: clamp(base.reliability + random.int(-2, 2), 0, 10),
        integrity: clamp(base.integrity + random.int(-2, 2), 0, 10),
        theatrics: clamp(base.theatrics + random.int(-2, 2), 0, 10),
        loyalty: clamp(base.loyalty + random.int(-2, 2), 0, 10),
        risk: clamp(base.risk + random.int(-2, 2), 0, 10),
    };
}
function drawPolitics(random, archetype) {
    const leans = scholar_name_parts_1.ARCHETYPE_POLITICAL_LEANS[archetype];
    const politics = {};
    for (const faction of scholar_profile_1.FACTIONS) {
        politics[faction] = clamp((leans[faction] ?? 0) + random.int(-2, 2), -3, 3);
    }
    return politics;
}
function chooseHonorific(random, archetype, stats, politics) {
    // Devout Mystics are always ordained, and other devout scholars are ordained half the time.
    const isClergy = politics.religion >= 2 && (archetype === 'Mystic' || random.int(0, 1) === 0);
    if (isClergy) {
        return random.pick(scholar_name_parts_1.HONORIFICS.clergy);
    }
    if (archetype === 'Field Engineer') {
        return random.pick(scholar_name_parts_1.HONORIFICS.field);
    }
    if (archetype === 'Archivist') {
        return random.pick(scholar_name_parts_1.HONORIFICS.archive);
    }
    if (archetype === 'Administrator') {
        return random.pick(scholar_name_parts_1.HONORIFICS.office);
    }
    if (stats.talent >= 7) {
        return random.pick(scholar_name_parts_1.HONORIFICS.senior);
    }
    return random.pick(scholar_name_parts_1.HONORIFICS.junior);
}
function writeCatchphrase(random, archetype, discipline) {
    return fillTemplate(random.pick(scholar_name_parts_1.CATCHPHRASE_TEMPLATES[archetype]), {
        place: () => random.pick(scholar_name_parts_1.CATCHPHRASE_PLACES),
        object: () => random.pick(scholar_name_parts_1.CATCHPHRASE_OBJECTS),
        tool: () => random.pick(scholar_name_parts_1.CATCHPHRASE_TOOLS),
        evidence: () => random.pick(scholar_name_parts_1.CATCHPHRASE_EVIDENCE),
        rival: () => random.pick(scholar_name_parts_1.CATCHPHRASE_RIVALS),
        era: () => random.pick(scholar_name_parts_1.CATCHPHRASE_ERAS),
        discipline: () => discipline.toLowerCase(),
    });
}
/** Writes 2–4 career lines with rising years, ending between 1918 and 1920. */
function writeCareer(random, discipline) {
    const middleCount = random.int(0, 2);
    let year = random.int(1890, 1906);
    const fillers = {
        institution: () => random.pick(scholar_name_parts_1.CAREER_INSTITUTIONS),
        site: () => random.pick(scholar_name_parts_1.CAREER_SITES),
        seasons: () => random.pick(SEASON_COUNTS),
        discipline: () => discipline.toLowerCase(),
    };
    const career = [
        fillTemplate(random.pick(scholar_name_parts_1.CAREER_OPENINGS), { ...fillers, year: () => `${year}` }),
    ];
    // Each middle step adds at most 5 years, so the last one lands by 1916, before the closing.
    for (const middle of random.sample(scholar_name_parts_1.CAREER_MIDDLES, middleCount)) {
        year += random.int(2, 5);
        career.push(fillTemplate(middle, { ...fillers, year: () => `${year}` }));
    }
    const closingYear = random.int(1918, 1920);
    career.push(fillTemplate(random.pick(scholar_name_parts_1.CAREER_CLOSINGS), { ...fillers, year: () => `${closingYear}` }));
    return career;
}
/**
 * Replaces each `{slot}` with a fresh value from its filler, capitalising a value that opens
 * a sentence. An unknown slot is a bug in the data file, so it throws.
 */
function fillTemplate(template, fillers) {
    return template.replace(/\{(\w+)\}/g, (_match, slot, offset) => {
        const filler = fillers[slot];
        if (filler === undefined) {
            throw new Error(`template slot {${slot}} has no filler: "${template}"`);
        }
        const value = filler();
        const opensSentence = offset === 0 || /[.?!]\s$/.test(template.slice(0, offset));
        return opensSentence ? value.charAt(0).toUpperCase() + value.slice(1) : value;
    });
}
function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
}
//# sourceMappingURL=scholar-generator.js.map