"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CAREER_CLOSINGS = exports.CAREER_MIDDLES = exports.CAREER_OPENINGS = exports.CAREER_SITES = exports.CAREER_INSTITUTIONS = exports.CATCHPHRASE_TEMPLATES = exports.CATCHPHRASE_ERAS = exports.CATCHPHRASE_RIVALS = exports.CATCHPHRASE_EVIDENCE = exports.CATCHPHRASE_TOOLS = exports.CATCHPHRASE_OBJECTS = exports.CATCHPHRASE_PLACES = exports.HONORIFICS = exports.TABOOS = exports.VICES = exports.VIRTUES = exports.DRIVES = exports.DISCIPLINE_METHODS = exports.ARCHETYPE_DISCIPLINES = exports.ARCHETYPE_POLITICAL_LEANS = exports.ARCHETYPE_BASE_STATS = exports.NAME_CULTURES = void 0;
exports.NAME_CULTURES = [
    {
        // The damp island kingdom whose colleges own most of the world's trowels.
        culture: 'Vellish',
        givenNames: [
            'Corwen',
            'Hesketh',
            'Wilmot',
            'Tansy',
            'Merriel',
            'Ottery',
            'Bramwell',
            'Linnet',
            'Ambrel',
            'Fennick',
        ],
        surnames: [
            'Ashcombe',
            'Thrushwell',
            'Penderrow',
            'Marlowby',
            'Quenby',
            'Haddlestrop',
            'Wickerly',
            'Brambury',
            'Fallowmere',
            'Corrigate',
        ],
    },
    {
        // The river principalities of the eastern plain, famous for assayers and quarrels.
        culture: 'Ostrani',
        givenNames: [
            'Yarek',
            'Milosza',
            'Bratan',
            'Zdenka',
            'Radim',
            'Vesnava',
            'Kostrin',
            'Ilvana',
            'Dobrek',
            'Sarenka',
        ],
        surnames: [
            'Volkanek',
            'Drazhevic',
            'Ostrowin',
            'Kelmarov',
            'Zabrenko',
            'Hradeska',
            'Morvanich',
            'Tesarov',
            'Lubovetz',
            'Skorvath',
        ],
    },
    {
        // The southern city-republics, where every family claims a buried ancestor.
        culture: 'Carmessan',
        givenNames: [
            'Livorna',
            'Baltesar',
            'Oriane',
            'Caspio',
            'Tessaly',
            'Amadore',
            'Fiorenz',
            'Celestra',
            'Serafo',
            'Valdine',
        ],
        surnames: [
            'Montevarro',
            'Dellacrosta',
            'Sanverde',
            'Albarrecchi',
            'Torrimonde',
            'Castellane',
            'Bellagrin',
            'Orsolani',
            'Pietravena',
            'Quaranzo',
        ],
    },
    {
        // The fjord provinces of the north, home of ice cores and very long winters.
        culture: 'Halvic',
        givenNames: [
            'Eskel',
            'Torrin',
            'Brynja',
            'Haakor',
            'Ragnil',
            'Sunnel',
            'Oddny',
            'Kjeldor',
            'Asvor',
            'Tyrna',
        ],
        surnames: [
            'Haldrsen',
            'Vintermark',
            'Isfjell',
            'Kvarnberg',
            'Stormvik',
            'Grimsdal',
            'Lundqvarn',
            'Eskeberg',
            'Ravnholt',
            'Skarfell',
        ],
    },
    {
        // The desert caravan cities, keepers of the oldest star tables.
        culture: 'Qeshari',
        givenNames: [
            'Nazhir',
            'Tamsira',
            'Idrel',
            'Parveh',
            'Zahrine',
            'Qadim',
            'Samareh',
            'Orhel',
            'Leyzan',
            'Mehrun',
        ],
        surnames: [
            'Qassarin',
            'Maddevi',
            'Sorhani',
            'Tabrezzi',
            'Khallidar',
            'Oumessa',
            'Varzendi',
            'Ashtarani',
            'Nehrami',
            'Zafiran',
        ],
    },
];
/** Stats an archetype leans toward. A procedural scholar varies each by up to 2. */
exports.ARCHETYPE_BASE_STATS = {
    Empiricist: { talent: 6, reliability: 8, integrity: 8, theatrics: 3, loyalty: 6, risk: 3 },
    Visionary: { talent: 7, reliability: 4, integrity: 6, theatrics: 8, loyalty: 5, risk: 7 },
    Trickster: { talent: 6, reliability: 3, integrity: 2, theatrics: 8, loyalty: 3, risk: 8 },
    Administrator: { talent: 5, reliability: 8, integrity: 5, theatrics: 5, loyalty: 7, risk: 2 },
    Gadfly: { talent: 6, reliability: 5, integrity: 8, theatrics: 7, loyalty: 3, risk: 6 },
    'Field Engineer': { talent: 6, reliability: 7, integrity: 6, theatrics: 3, loyalty: 6, risk: 7 },
    Archivist: { talent: 6, reliability: 8, integrity: 7, theatrics: 2, loyalty: 7, risk: 2 },
    Mystic: { talent: 5, reliability: 5, integrity: 7, theatrics: 6, loyalty: 6, risk: 5 },
    Polymath: { talent: 8, reliability: 5, integrity: 6, theatrics: 5, loyalty: 4, risk: 5 },
};
/** Political leanings an archetype adds before the random spread. A missing faction adds 0. */
exports.ARCHETYPE_POLITICAL_LEANS = {
    Empiricist: { academia: 1 },
    Visionary: { foreign: 1 },
    Trickster: { academia: -1, industry: 1 },
    Administrator: { academia: 1, government: 1 },
    Gadfly: { academia: -1, government: -1 },
    'Field Engineer': { industry: 1 },
    Archivist: { academia: 1 },
    Mystic: { religion: 2, industry: -1 },
    Polymath: { foreign: 1 },
};
/** Disciplines an archetype is drawn to. A scholar's first discipline comes from this list. */
exports.ARCHETYPE_DISCIPLINES = {
    Empiricist: ['Archaeology', 'Chronology', 'Metallurgy', 'Experimental Archaeology'],
    Visionary: ['Comparative Myth', 'Geodesy', 'Palaeoclimatology', 'Archaeology'],
    Trickster: ['Epigraphy', 'Experimental Archaeology', 'Comparative Myth', 'Conservation'],
    Administrator: ['Conservation', 'Archaeology', 'Chronology', 'Geodesy'],
    Gadfly: ['Chronology', 'Epigraphy', 'Archaeology', 'Palaeoclimatology'],
    'Field Engineer': ['Remote Sensing', 'Geodesy', 'Metallurgy', 'Experimental Archaeology'],
    Archivist: ['Epigraphy', 'Conservation', 'Chronology', 'Comparative Myth'],
    Mystic: ['Comparative Myth', 'Palaeoclimatology', 'Chronology', 'Epigraphy'],
    Polymath: ['Metallurgy', 'Palaeoclimatology', 'Remote Sensing', 'Comparative Myth'],
};
/** Research methods by discipline. A scholar's two methods come from their disciplines' lists. */
exports.DISCIPLINE_METHODS = {
    Archaeology: [
        'open-area excavation by the square yard',
        'sieving every bucket of spoil twice',
        'stratigraphic drawing at full scale',
        'test pits dug in a strict grid',
    ],
    Epigraphy: [
        'squeezes of inscriptions in wet paper',
        'reading worn letters under raking lamplight',
        'concordances of every known sign',
        'rubbings collated across rival collections',
    ],
    Metallurgy: [
        'assaying bronzes to trace their ores',
        'polishing sections for the microscope',
        'weighing slag heaps to estimate output',
        'matching tool marks to known alloys',
    ],
    Palaeoclimatology: [
        'counting tree rings through old beams',
        'reading annual layers in lake mud',
        'pollen counts from buried peat',
        'drilling cores through glacier ice',
    ],
    Geodesy: [
        'triangulation from hilltop beacons',
        'levelling traverses across whole valleys',
        'astronomical fixes taken at midnight',
        'plumb-line surveys of tilted foundations',
    ],
    'Comparative Myth': [
        'tabulating motifs across a hundred legends',
        'collecting oral tellings from village elders',
        'matching myths to eclipses and floods',
        'tracing a tale along the old trade roads',
    ],
    'Experimental Archaeology': [
        'rebuilding ancient kilns at full size',
        'knapping replica tools and timing the work',
        'sailing reconstructed hulls in open water',
        'burying test objects to watch them decay',
    ],
    Chronology: [
        'cross-dating king lists against eclipses',
        'seriation of pottery by style',
        'reconciling rival calendars line by line',
        'dating layers by their coins',
    ],
    'Remote Sensing': [
        'kite-borne photography of buried walls',
        'reading crop marks from a hired biplane',
        'dowsing surveys checked by the spade',
        'shadow mapping at dawn and dusk',
    ],
    Conservation: [
        'slow drying of waterlogged wood',
        'humidity-controlled unrolling of scrolls',
        'consolidating crumbling plaster with resin',
        'cataloguing damage before any cleaning',
    ],
};
exports.DRIVES = [
    'to find what the textbooks say is lost',
    'to be quoted in the Gazette',
    'to prove a famous rival wrong',
    'to have a site named after them',
    'to rescue a collection from the auction houses',
    'to settle an argument older than their university',
    'to earn a chair before forty',
    'to be left alone with the evidence',
    'to repay a debt to an old mentor',
    'to return stolen objects to their homeland',
    'to found a school of thought',
    'to see one ruin no one else has seen',
    'to outlive their critics in print',
    'to make the discipline respectable',
    'to make the discipline exciting',
    'to be remembered kindly by their students',
];
exports.VIRTUES = [
    'patient',
    'meticulous',
    'brave',
    'generous with credit',
    'honest about doubt',
    'tireless in the field',
    'quick-witted',
    'diplomatic',
    'resourceful',
    'loyal to their crew',
    'curious about everything',
    'steady under pressure',
    'a gifted teacher',
    'a lucid writer',
    'frugal',
    'unflappable',
];
exports.VICES = [
    'vain about their handwriting',
    'hoards credit',
    'gambles on expedition outcomes',
    'cannot resist a public quarrel',
    'drinks to celebrate and to commiserate',
    'exaggerates in lectures',
    'holds grudges for decades',
    'borrows books and never returns them',
    'sulks when contradicted',
    'spends grant money on instruments',
    'never writes anything up',
    'flatters patrons shamelessly',
    'trusts omens more than instruments',
    'takes shortcuts in the trench',
];
exports.TABOOS = [
    'publishing before a second season',
    'excavating on a feast day',
    'selling any find, at any price',
    'working for a newspaper',
    'sharing a tent with a rival',
    'cleaning an object before drawing it',
    'dating anything by its beauty',
    'digging a burial without a local witness',
    'accepting money from arms makers',
    'letting a patron name the site',
    'lecturing without notes',
    'leaving a trench open overnight',
    'quoting a source they have not read',
    'removing an inscription from its wall',
];
/** Honorifics for procedural scholars, chosen by archetype, stats and politics. */
exports.HONORIFICS = {
    clergy: ['Reverend', 'Canon'],
    field: ['Captain', 'Surveyor', 'Engineer'],
    archive: ['Curator', 'Keeper'],
    office: ['Dean', 'Provost'],
    senior: ['Professor'],
    junior: ['Dr.', 'Magister', 'Docent'],
};
/** Fillers for the {place} slot of catchphrase templates, all singular so templates agree. */
exports.CATCHPHRASE_PLACES = [
    'the drowned library',
    'the buried observatory',
    'the salt archive',
    'the ninth cistern',
    'the glass causeway',
    'the lantern crypt',
    'the sunken orrery',
    'the singing quarry',
    'the ash-choked scriptorium',
    'the tidal necropolis',
];
exports.CATCHPHRASE_OBJECTS = [
    'a cracked astrolabe',
    'a bronze key',
    'a waterlogged ledger',
    'one honest potsherd',
    'a star chart',
    'a seal impression',
    'a clay tablet',
    'a reliquary',
    'a broken lens',
    'a tin of soil samples',
];
exports.CATCHPHRASE_TOOLS = [
    'a trowel',
    'three pumps',
    'a good sieve',
    'a plumb line',
    'a kite and a camera',
    'forty yards of rope',
    'a sober crew',
];
exports.CATCHPHRASE_EVIDENCE = [
    'the third trench',
    'the sieve',
    'the soil',
    'the spoil heap',
    'the second season',
    'the tree rings',
];
exports.CATCHPHRASE_RIVALS = [
    'the Committee',
    'the Ministry',
    'the Board of Visitors',
    'the Gazette',
    'the Dean',
    'my esteemed rivals',
];
exports.CATCHPHRASE_ERAS = [
    'a century',
    'an empire',
    'a lost dynasty',
    'a forgotten kingdom',
    'a drowned calendar',
    'an age of bronze',
];
/**
 * Catchphrase templates by archetype. Slots: {place}, {object}, {tool}, {evidence}, {rival},
 * {era}, {discipline}. A slot at the start of a sentence is capitalised when filled.
 */
exports.CATCHPHRASE_TEMPLATES = {
    Empiricist: [
        'I will believe it when {evidence} agrees.',
        'Bring me {object} and an honest lamp, and I will bring you {era}.',
        'Measure twice, publish once, and never in front of {rival}.',
        'Opinions are free. {evidence} charges by the hour.',
    ],
    Visionary: [
        'Somewhere under {place} lies {era}, and it knows my name.',
        'Small questions make small trenches. I prefer mine the size of {era}.',
        '{rival} sees {object}. I see {era}.',
        'Follow the legend far enough and it turns into {place}.',
    ],
    Trickster: [
        'Of course it is genuine. I checked it myself, with great care, in my workshop.',
        'Never ask {rival} what a find means. Tell them, loudly, before lunch.',
        'A good hoax is only a hypothesis in costume.',
        'I found {object} exactly where I expected. Some call that suspicious. I call it skill.',
    ],
    Administrator: [
        'Discovery is a line item, and I have read every line.',
        '{place}? Splendid. Submit it in triplicate.',
        'The past can wait for the budget. It has waited this long.',
        'Give me a quorum and I will give you {era}.',
    ],
    Gadfly: [
        'With respect to {rival}, and I have very little, that date is wrong.',
        'I have read your paper on {place}. Twice. It did not improve.',
        'Consensus is what {rival} calls a crowd that stopped checking.',
        'Your {discipline} is charming. Your footnotes are fiction.',
    ],
    'Field Engineer': [
        'Give me {tool} and a stubborn week, and {place} will open.',
        'The ruin does not care about your theory. It cares about drainage.',
        'Every site is a machine. {place} is one with the manual missing.',
        'Theories are for dry weather. Hand me {tool}.',
    ],
    Archivist: [
        'Nothing is ever lost. It is only misfiled, usually by {rival}.',
        'The answer is in the stacks. It always is. Bring gloves.',
        'Before you dig up {place}, read what it wrote about itself.',
        'I keep {object} in a drawer labelled "later". Later has come.',
    ],
    Mystic: [
        'The stars remember {place}, even if {rival} does not.',
        'Dig gently. {object} was buried with a prayer, and prayers keep.',
        'Some doors open for trowels. Others open for patience.',
        '{discipline} is only listening, done with instruments.',
    ],
    Polymath: [
        'Metallurgy before breakfast, myth by noon, and {place} by supper.',
        'Why choose one discipline when {place} needs all ten?',
        'I have three theories about {object}, and all of them outrank {rival}.',
        'A specialist is a scholar who stopped reading at lunch.',
    ],
};
/** Universities and learned bodies where careers begin and end. */
exports.CAREER_INSTITUTIONS = [
    'the University of Varnholm',
    "Saint Ossery's College",
    'the Miskar Polytechnic',
    'the Royal Athenaeum of Tesk',
    'the Free University of Caldrenne',
    'the Ondine Seminary',
    'the Collegium of Aubrecht',
    'the Qeshari House of Tables',
];
/** Excavation sites named in careers. */
exports.CAREER_SITES = [
    'the Drowned Library of Hesk',
    'the Buried Observatory at Sarn Kell',
    'the Salt Archives of Qaddem',
    'the Ninefold Cistern',
    'the Lantern Tombs of Oshra',
    'the Sunken Orrery of Marrowdeep',
    'the Glass Causeway',
    'the Singing Quarry at Vell',
];
/** First career lines, with slots {year}, {institution} and {discipline}. */
exports.CAREER_OPENINGS = [
    '{year}: Read {discipline} at {institution}.',
    '{year}: Took a first in {discipline} at {institution}, then a second in arguing about it.',
    '{year}: Apprenticed to a harbour surveyor until {institution} noticed.',
    '{year}: Arrived at {institution} with one trunk and a letter of introduction.',
];
/** Middle career lines, with slots {year}, {site}, {institution}, {seasons} and {discipline}. */
exports.CAREER_MIDDLES = [
    '{year}: Spent {seasons} seasons at {site} and came home with more questions than crates.',
    '{year}: Led the survey of {site} for the Ministry of Antiquities.',
    '{year}: Lost a public debate about {site}, then won the rematch in print.',
    '{year}: Resigned from {institution} over the matter of a missing ledger.',
    '{year}: Published the standard handbook of {discipline}, to mixed reviews.',
    '{year}: Was briefly buried at {site} and dug out by their own students.',
    '{year}: Catalogued the finds from {site}, all eleven thousand of them.',
];
/** Last career lines, describing the scholar around 1920, with slots {year} and {institution}. */
exports.CAREER_CLOSINGS = [
    '{year}: Between patrons, and taking offers.',
    '{year}: Lecturing at {institution} while waiting for a better expedition.',
    '{year}: Writing a memoir that three colleagues have already threatened to sue.',
    '{year}: Back from the field with a sunburn and a grievance.',
];
//# sourceMappingURL=scholar-name-parts.js.map