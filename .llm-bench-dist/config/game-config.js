"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadGameConfig = loadGameConfig;
exports.defaultGameConfig = defaultGameConfig;
const node_fs_1 = require("node:fs");
const joi_1 = __importDefault(require("joi"));
const yaml_1 = require("yaml");
function factionAmounts(defaults) {
    const amount = joi_1.default.number().integer().min(0).max(20);
    return joi_1.default.object({
        academia: amount,
        government: amount,
        industry: amount,
        religion: amount,
        foreign: amount,
    }).default(defaults);
}
function expeditionsSchema() {
    const percent = joi_1.default.number().integer().min(0).max(200);
    return joi_1.default.object({
        costs: joi_1.default.object({
            think_tank: factionAmounts({ academia: 1 }),
            field: factionAmounts({ academia: 1, government: 1 }),
            great_project: factionAmounts({ academia: 2, government: 2, industry: 2 }),
        }).default(),
        academiaPerDepthStep: joi_1.default.number().integer().min(0).max(10).default(1),
        rewards: joi_1.default.object({
            think_tank: factionAmounts({ academia: 1 }),
            field: factionAmounts({ government: 1, industry: 1 }),
            great_project: factionAmounts({ academia: 2, industry: 2, foreign: 1 }),
        }).default(),
        maxTeamSize: joi_1.default.number().integer().min(1).max(4).default(4),
        objectiveMinLength: joi_1.default.number().integer().min(1).max(100).default(10),
        objectiveMaxLength: joi_1.default.number().integer().min(20).max(500).default(300),
        teamFeelingOnSuccess: joi_1.default.number().min(-10).max(10).default(1),
        teamFeelingOnFailure: joi_1.default.number().min(-10).max(10).default(-2),
        sidecastChance: joi_1.default.number().min(0).max(1).default(0.35),
        sidecastRosterLimit: joi_1.default.number().integer().min(20).max(30).default(30),
        juniorStartingLoyalty: joi_1.default.number().integer().min(0).max(10).default(4),
        juniorNeglectedLoyalty: joi_1.default.number().integer().min(0).max(10).default(2),
        juniorNeglectDigests: joi_1.default.number().integer().min(1).max(60).default(3),
        tablesPath: joi_1.default.string().allow('').default(''),
        conference: joi_1.default.object({
            cost: factionAmounts({ academia: 1 }),
            maxSupporters: joi_1.default.number().integer().min(0).max(10).default(3),
            maxOpposition: joi_1.default.number().integer().min(0).max(10).default(3),
            supporterBonus: percent.default(5),
            oppositionPenalty: percent.default(5),
            successFrom: percent.default(60),
            partialFrom: percent.default(40),
        }).default(),
    }).default();
}
const schema = joi_1.default.object({
    startYear: joi_1.default.number().integer().min(1).max(9999).default(1920),
    startingInfluence: joi_1.default.number().integer().min(0).max(6).default(3),
    rosterSize: joi_1.default.number().integer().min(20).max(30).default(24),
    theory: joi_1.default.object({
        defaultDeadlineDays: joi_1.default.number().integer().min(1).max(365).default(7),
        maxDeadlineDays: joi_1.default.number().integer().min(1).max(365).default(60),
        maxSupporters: joi_1.default.number().integer().min(0).max(3).default(3),
        claimMinLength: joi_1.default.number().integer().min(1).max(100).default(10),
        claimMaxLength: joi_1.default.number().integer().min(20).max(1000).default(1000),
    })
        .custom((theory, helpers) => {
        if (theory.claimMinLength > theory.claimMaxLength) {
            return helpers.message({ custom: 'theory.claimMinLength must not exceed claimMaxLength' });
        }
        if (theory.defaultDeadlineDays > theory.maxDeadlineDays) {
            return helpers.message({
                custom: 'theory.defaultDeadlineDays must not exceed maxDeadlineDays',
            });
        }
        return theory;
    })
        .default(),
    gazette: joi_1.default.object({
        maxCatchUpEditions: joi_1.default.number().integer().min(1).max(60).default(6),
        recentHeadlines: joi_1.default.number().integer().min(1).max(25).default(10),
        retryBaseSeconds: joi_1.default.number().integer().min(1).max(3600).default(15),
        maxSendAttempts: joi_1.default.number().integer().min(1).max(100).default(20),
    }).default(),
    expeditions: expeditionsSchema(),
    symposium: joi_1.default.object({
        weekday: joi_1.default.number().integer().min(1).max(7).default(5),
        time: joi_1.default.string()
            .pattern(/^([01]\d|2[0-3]):[0-5]\d$/)
            .default('12:00'),
        maxPendingPerPlayer: joi_1.default.number().integer().min(1).max(12).default(3),
        maxPendingTotal: joi_1.default.number().integer().min(1).max(100).default(12),
        proposalLifetimeDays: joi_1.default.number().integer().min(1).max(365).default(28),
        freshProposerBonus: joi_1.default.number().min(0).max(10).default(0.5),
        repeatProposerPenalty: joi_1.default.number().min(0).max(10).default(0.75),
        recentTopics: joi_1.default.number().integer().min(0).max(52).default(4),
        basePledge: joi_1.default.number().integer().min(0).max(20).default(2),
        maxMissSurcharge: joi_1.default.number().integer().min(0).max(20).default(5),
        graceDays: joi_1.default.number().integer().min(0).max(365).default(28),
        reprisalDebt: joi_1.default.number().integer().min(1).max(100).default(6),
        reprisalReputation: joi_1.default.number().integer().min(0).max(10).default(1),
        titleMinLength: joi_1.default.number().integer().min(1).max(100).default(10),
        titleMaxLength: joi_1.default.number().integer().min(20).max(200).default(200),
    }).default(),
});
/** Reads and validates the game configuration file; a missing file gives the defaults. */
function loadGameConfig(path) {
    let raw = {};
    try {
        raw = (0, yaml_1.parse)((0, node_fs_1.readFileSync)(path, 'utf8')) ?? {};
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            throw new Error(`Cannot read game config ${path}: ${error.message}`);
        }
    }
    const result = schema.validate(raw, {
        abortEarly: false,
        convert: true,
    });
    if (result.error) {
        const error = result.error;
        const problems = error.details.map((detail) => `  - ${detail.message}`).join('\n');
        throw new Error(`Invalid game config ${path}:\n${problems}`);
    }
    return result.value;
}
/** The defaults, for tests that need a config without a file. */
function defaultGameConfig() {
    return loadGameConfig('/nonexistent/game.yaml');
}
//# sourceMappingURL=game-config.js.map