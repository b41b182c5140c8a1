import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Joi from 'joi';
import { parse } from 'yaml';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import { CONFIDENCES, type Confidence } from '../theories/confidence';
import { FAILURE_KINDS, type FailureKind } from './expedition-rules';

/** The bundled tables, relative to this file in both `src/` and `dist/`. */
export const DEFAULT_TABLES_PATH = join(__dirname, '..', '..', 'config', 'expedition-tables.yaml');

/** Mechanical effects of a failure entry, chosen by id. */
export const EFFECT_IDS = [
  'none',
  'reputation_shift',
  'influence_shift',
  'new_theory',
  'grudge',
  'opportunity',
] as const;
export type EffectId = (typeof EFFECT_IDS)[number];

export type FailureEffect =
  | { id: 'none' }
  | { id: 'reputation_shift'; amount: number }
  | { id: 'influence_shift'; faction: Faction; amount: number }
  | { id: 'new_theory'; claim: string; confidence: Confidence }
  | { id: 'grudge'; amount: number }
  | { id: 'opportunity'; amount: number };

export interface FailureEntry {
  id: string;
  weight: number;
  effect: FailureEffect;
  text: string;
}

export interface LandmarkEntry {
  id: string;
  weight: number;
  /** Name of the domain the landmark opens. */
  tag: string;
  text: string;
}

export interface SidecastEntry {
  id: string;
  weight: number;
  /** Kind of junior, such as "Local Junior". */
  label: string;
  title: string;
  text: string;
}

export interface ExpeditionTables {
  failures: Record<FailureKind, FailureEntry[]>;
  landmarks: LandmarkEntry[];
  sidecasts: SidecastEntry[];
}

/** Placeholders each kind of template may use; the resolution fills every one of them. */
export const FAILURE_PLACEHOLDERS = [
  'player',
  'objective',
  'discipline',
  'scholar',
  'faction',
  'amount',
] as const;
export const LANDMARK_PLACEHOLDERS = ['player', 'objective', 'discipline', 'scholar', 'tag'];
export const LANDMARK_TAG_PLACEHOLDERS = ['discipline'];
export const SIDECAST_PLACEHOLDERS = ['junior', 'player', 'discipline', 'scholar'];
export const SIDECAST_TITLE_PLACEHOLDERS = ['discipline'];
export const THEORY_CLAIM_PLACEHOLDERS = ['player', 'discipline', 'objective'];

const signedAmount = Joi.number().integer().min(-10).max(10).invalid(0).required();

const effectSchema = Joi.object({
  id: Joi.string()
    .valid(...EFFECT_IDS)
    .required()
    .messages({ 'any.only': `"effect.id" must be one of ${EFFECT_IDS.join(', ')}` }),
})
  .unknown(true)
  .when(Joi.object({ id: 'none' }).unknown(), { then: Joi.object({ id: Joi.any() }) })
  .when(Joi.object({ id: 'reputation_shift' }).unknown(), {
    then: Joi.object({ id: Joi.any(), amount: signedAmount }),
  })
  .when(Joi.object({ id: 'influence_shift' }).unknown(), {
    then: Joi.object({
      id: Joi.any(),
      faction: Joi.string()
        .valid(...FACTIONS)
        .required(),
      amount: signedAmount,
    }),
  })
  .when(Joi.object({ id: 'new_theory' }).unknown(), {
    then: Joi.object({
      id: Joi.any(),
      claim: Joi.string().min(10).max(300).required(),
      confidence: Joi.string()
        .valid(...CONFIDENCES)
        .default('suspect'),
    }),
  })
  .when(Joi.object({ id: 'grudge' }).unknown(), {
    then: Joi.object({ id: Joi.any(), amount: Joi.number().min(-10).max(-0.5).required() }),
  })
  .when(Joi.object({ id: 'opportunity' }).unknown(), {
    then: Joi.object({ id: Joi.any(), amount: Joi.number().min(0.5).max(10).required() }),
  });

const entryId = Joi.string()
  .pattern(/^[a-z0-9-]+$/)
  .max(64)
  .required();
const weight = Joi.number().integer().min(1).max(100).required();
const prose = Joi.string().min(1).max(1000).required();

const schema = Joi.object<ExpeditionTables>({
  failures: Joi.object(
    Object.fromEntries(
      FAILURE_KINDS.map((kind) => [
        kind,
        Joi.array()
          .items(Joi.object({ id: entryId, weight, effect: effectSchema.required(), text: prose }))
          .min(1)
          .required(),
      ]),
    ),
  ).required(),
  landmarks: Joi.array()
    .items(
      Joi.object({
        id: entryId,
        weight,
        tag: Joi.string().min(3).max(100).required(),
        text: prose,
      }),
    )
    .min(1)
    .required(),
  sidecasts: Joi.array()
    .items(
      Joi.object({
        id: entryId,
        weight,
        label: Joi.string().min(3).max(40).required(),
        title: Joi.string().min(3).max(100).required(),
        text: prose,
      }),
    )
    .min(1)
    .required(),
});

/**
 * Reads and checks the outcome tables: every table's weights sum to 100, every effect id is one
 * the game applies, entry ids are unique per table, and every placeholder is one the resolution
 * fills. Throws an error naming the file and the entry at fault.
 */
export function loadExpeditionTables(path: string = DEFAULT_TABLES_PATH): ExpeditionTables {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read expedition tables ${path}: ${(error as Error).message}`);
  }
  const result: Joi.ValidationResult<ExpeditionTables> = schema.validate(raw, {
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
    throw new Error(
      `Invalid expedition tables ${path}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }

  return result.value;
}

function describe(raw: unknown, detail: Joi.ValidationErrorItem): string {
  const path = detail.path.slice(0, 3);
  let node: unknown = raw;
  for (const key of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  const id = (node as { id?: unknown } | undefined)?.id;
  const where = typeof id === 'string' ? ` (entry "${id}")` : '';

  return `${detail.path.join('.')}${where}: ${detail.message}`;
}

function checkTables(tables: ExpeditionTables): string[] {
  const problems: string[] = [];
  for (const kind of FAILURE_KINDS) {
    const entries = tables.failures[kind];
    problems.push(...checkTable(`failures.${kind}`, entries));
    for (const entry of entries) {
      problems.push(
        ...checkPlaceholders(`failures.${kind}`, entry.id, entry.text, FAILURE_PLACEHOLDERS),
      );
      if (entry.effect.id === 'new_theory') {
        problems.push(
          ...checkPlaceholders(
            `failures.${kind}`,
            entry.id,
            entry.effect.claim,
            THEORY_CLAIM_PLACEHOLDERS,
          ),
        );
      }
    }
  }
  problems.push(...checkTable('landmarks', tables.landmarks));
  for (const entry of tables.landmarks) {
    problems.push(...checkPlaceholders('landmarks', entry.id, entry.text, LANDMARK_PLACEHOLDERS));
    problems.push(
      ...checkPlaceholders('landmarks', entry.id, entry.tag, LANDMARK_TAG_PLACEHOLDERS),
    );
  }
  problems.push(...checkTable('sidecasts', tables.sidecasts));
  for (const entry of tables.sidecasts) {
    problems.push(...checkPlaceholders('sidecasts', entry.id, entry.text, SIDECAST_PLACEHOLDERS));
    problems.push(
      ...checkPlaceholders('sidecasts', entry.id, entry.title, SIDECAST_TITLE_PLACEHOLDERS),
    );
  }

  return problems;
}

function checkTable(table: string, entries: readonly { id: string; weight: number }[]): string[] {
  const problems: string[] = [];
  const total = entries.reduce((sum, entry) => sum + entry.weight, 0);
  if (total !== 100) {
    problems.push(`${table}: weights sum to ${total}; they must sum to 100`);
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) {
      problems.push(`${table} (entry "${entry.id}"): id is used twice`);
    }
    seen.add(entry.id);
  }

  return problems;
}

function checkPlaceholders(
  table: string,
  id: string,
  template: string,
  allowed: readonly string[],
): string[] {
  const unknown = [...template.matchAll(/\{(\w*)\}/g)]
    .map((match) => match[1])
    .filter((name) => !allowed.includes(name));

  return [...new Set(unknown)].map(
    (name) =>
      `${table} (entry "${id}"): placeholder {${name}} is never filled; use ${allowed.map((a) => `{${a}}`).join(' ')}`,
  );
}
