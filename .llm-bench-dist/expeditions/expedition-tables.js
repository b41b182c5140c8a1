"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.THEORY_CLAIM_PLACEHOLDERS = exports.SIDECAST_TITLE_PLACEHOLDERS = exports.SIDECAST_PLACEHOLDERS = exports.LANDMARK_TAG_PLACEHOLDERS = exports.LANDMARK_PLACEHOLDERS = exports.FAILURE_PLACEHOLDERS = exports.EFFECT_IDS = exports.DEFAULT_TABLES_PATH = void 0;
exports.loadExpeditionTables = loadExpeditionTables;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const joi_1 = __importDefault(require("joi"));
const yaml_1 = require("yaml");
const scholar_profile_1 = require("../scholars/scholar-profile");
const confidence_1 = require("../theories/confidence");
const expedition_rules_1 = require("./expedition-rules");
/** The bundled tables, relative to this file in both `src/` and `dist/`. */
exports.DEFAULT_TABLES_PATH = (0, node_path_1.join)(__dirname, '..', '..', 'config', 'expedition-tables.yaml');
/** Mechanical effects of a failure entry, chosen by id. */
exports.EFFECT_IDS = [
    'none',
    'reputation_shift',
    'influence_shift',
    'new_theory',
    'grudge',
    'opportunity',
];
/** Placeholders each kind of template may use; the resolution fills every one of them. */
exports.FAILURE_PLACEHOLDERS = [
    'player',
    'objective',
    'discipline',
    'scholar',
    'faction',
    'amount',
];
exports.LANDMARK_PLACEHOLDERS = ['player', 'objective', 'discipline', 'scholar', 'tag'];
exports.LANDMARK_TAG_PLACEHOLDERS = ['discipline'];
exports.SIDECAST_PLACEHOLDERS = ['junior', 'player', 'discipline', 'scholar'];
exports.SIDECAST_TITLE_PLACEHOLDERS = ['discipline'];
exports.THEORY_CLAIM_PLACEHOLDERS = ['player', 'discipline', 'objective'];
const signedAmount = joi_1.default.number().integer().min(-10).max(10).invalid(0).required();
const effectSchema = joi_1.default.object({
    id: joi_1.default.string()
        .valid(...exports.EFFECT_IDS)
        .required()
        .messages({ 'any.only': `"effect.id" must be one of ${exports.EFFECT_IDS.join(', ')}` }),
})
    .unknown(true)
    .when(joi_1.default.object({ id: 'none' }).unknown(), { then: joi_1.default.object({ id: joi_1.default.any() }) })
    .when(joi_1.default.object({ id: 'reputation_shift' }).unknown(), {
    then: joi_1.default.object({ id: joi_1.default.any(), amount: signedAmount }),
})
    .when(joi_1.default.object({ id: 'influence_shift' }).unknown(), {
    then: joi_1.default.object({
        id: joi_1.default.any(),
        faction: joi_1.default.string()
            .valid(...scholar_profile_1.FACTIONS)
            .required(),
        amount: signedAmount,
    }),
})
    .when(joi_1.default.object({ id: 'new_theory' }).unknown(), {
    then: joi_1.default.object({
        id: joi_1.default.any(),
        claim: joi_1.default.string().min(10).max(300).required(),
        confidence: joi_1.default.string()
            .valid(...confidence_1.CONFIDENCES)
            .default('suspect'),
    }),
})
    .when(joi_1.default.object({ id: 'grudge' }).unknown(), {
    then: joi_1.default.object({ id: joi_1.default.any(), amount: joi_1.default.number().min(-10).max(-0.5).required() }),
})
    .when(joi_1.default.object({ id: 'opportunity' }).unknown(), {
    then: joi_1.default.object({ id: joi_1.default.any(), amount: joi_1.default.number().min(0.5).max(10).required() }),
});
const entryId = joi_1.default.string()
    .pattern(/^[a-z0-9-]+$/)
    .max(64)
    .required();
const weight = joi_1.default.number().integer().min(1).max(100).required();
const prose = joi_1.default.string().min(1).max(1000).required();
const schema = joi_1.default.object({
    failures: joi_1.default.object(Object.fromEntries(expedition_rules_1.FAILURE_KINDS.map((kind) => [
        kind,
        joi_1.default.array()
            .items(joi_1.default.object({ id: entryId, weight, effect: effectSchema.required(), text: prose }))
            .min(1)
            .required(),
    ]))).required(),
    landmarks: joi_1.default.array()
        .items(joi_1.default.object({
        id: entryId,
        weight,
        tag: joi_1.default.string().min(3).max(100).required(),
        text: prose,
    }))
        .min(1)
        .required(),
    sidecasts: joi_1.default.array()
        .items(joi_1.default.object({
        id: entryId,
        weight,
        label: joi_1.default.string().min(3).max(40).required(),
        title: joi_1.default.string().min(3).max(100).required(),
        text: prose,
    }))
        .min(1)
        .required(),
});
/**
 * Reads and checks the outcome tables: every table's weights sum to 100, every effect id is one
 * the game applies, entry ids are unique per table, and every placeholder is one the resolution
 * fills. Throws an error naming the file and the entry at fault.
 */
function loadExpeditionTables(path = exports.DEFAULT_TABLES_PATH) {
    let raw;
    try {
        raw = (0, yaml_1.parse)((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`Cannot read expedition tables ${path}: ${error.message}`);
    }
    const result = schema.validate(raw, {
        abortEarly: false,
        convert: true,
        errors: { wrap: { label: '"' } },
    });
    if (result.error) {
        const problems = result.error.details.map((detail) => `  - ${describe(raw, detail)}`);
        throw new Error(`Invalid expedition tables ${path}:\n${problems.join('\n')}`);
    }
    const problems = checkTables(result.value);
    if (problems.length > 0) {
        throw new Error(`Invalid expedition tables ${path}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    }
    return result.value;
}
function describe(raw, detail) {
    const path = detail.path.slice(0, 3);
    let node = raw;
    for (const key of path) {
        node = node?.[key];
    }
    const id = node?.id;
    const where = typeof id === 'string' ? ` (entry "${id}")` : '';
    return `${detail.path.join('.')}${where}: ${detail.message}`;
}
function checkTables(tables) {
    const problems = [];
    for (const kind of expedition_rules_1.FAILURE_KINDS) {
        const entries = tables.failures[kind];
        problems.push(...checkTable(`failures.${kind}`, entries));
        for (const entry of entries) {
            problems.push(...checkPlaceholders(`failures.${kind}`, entry.id, entry.text, exports.FAILURE_PLACEHOLDERS));
            if (entry.effect.id === 'new_theory') {
                problems.push(...checkPlaceholders(`failures.${kind}`, entry.id, entry.effect.claim, exports.THEORY_CLAIM_PLACEHOLDERS));
            }
        }
    }
    problems.push(...checkTable('landmarks', tables.landmarks));
    for (const entry of tables.landmarks) {
        problems.push(...checkPlaceholders('landmarks', entry.id, entry.text, exports.LANDMARK_PLACEHOLDERS));
        problems.push(...checkPlaceholders('landmarks', entry.id, entry.tag, exports.LANDMARK_TAG_PLACEHOLDERS));
    }
    problems.push(...checkTable('sidecasts', tables.sidecasts));
    for (const entry of tables.sidecasts) {
        problems.push(...checkPlaceholders('sidecasts', entry.id, entry.text, exports.SIDECAST_PLACEHOLDERS));
        problems.push(...checkPlaceholders('sidecasts', entry.id, entry.title, exports.SIDECAST_TITLE_PLACEHOLDERS));
    }
    return problems;
}
function checkTable(table, entries) {
    const problems = [];
    const total = entries.reduce((sum, entry) => sum + entry.weight, 0);
    if (total !== 100) {
        problems.push(`${table}: weights sum to ${total}; they must sum to 100`);
    }
    const seen = new Set();
    for (const entry of entries) {
        if (seen.has(entry.id)) {
            problems.push(`${table} (entry "${entry.id}"): id is used twice`);
        }
        seen.add(entry.id);
    }
    return problems;
}
function checkPlaceholders(table, id, template, allowed) {
    const unknown = [...template.matchAll(/\{(\w*)\}/g)]
        .map((match) => match[1])
        .filter((name) => !allowed.includes(name));
    return [...new Set(unknown)].map((name) => `${table} (entry "${id}"): placeholder {${name}} is never filled; use ${allowed.map((a) => `{${a}}`).join(' ')}`);
}
//# sourceMappingURL=expedition-tables.js.map