import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Tables left out of the dump: delivery state and message ids belong to Discord, not to the
 * game, and the event log is compared event by event during the replay itself.
 */
const SKIPPED_TABLES = new Set(['dispatches', 'game_events', 'migrations']);

/** Columns whose values depend on the database or the wall clock rather than on the game. */
const VOLATILE_COLUMNS = new Set(['id', 'created_at', 'updated_at', 'nonce', 'message_id']);

/** Foreign-key columns and the table whose rows they name. */
const REFERENCES: Record<string, string> = {
  campaign_id: 'campaigns',
  player_id: 'players',
  rival_id: 'players',
  employer_id: 'players',
  sponsor_id: 'players',
  mentor_id: 'players',
  proposer_id: 'players',
  challenger_id: 'players',
  winner_id: 'players',
  scholar_id: 'scholars',
  theory_id: 'theories',
  edition_id: 'editions',
  topic_id: 'symposium_topics',
  session_id: 'symposium_sessions',
  expedition_id: 'expeditions',
  supporter_ids: 'scholars',
  opposition_ids: 'scholars',
  team_ids: 'scholars',
};

type Row = Record<string, unknown>;

/**
 * Builds a canonical JSON dump of one campaign: every game table, rows sorted, with
 * autoincrement ids replaced by each row's rank within the campaign, so two databases that
 * reached the same state by the same events dump to the same text whatever their ids.
 */
export async function dumpCampaign(dataSource: DataSource, campaignId: number): Promise<string> {
  const tables = await listTables(dataSource);
  const rowsByTable = new Map<string, Row[]>();
  for (const table of tables) {
    rowsByTable.set(table, await readCampaignRows(dataSource, table, campaignId));
  }
  const ranks = new Map<string, Map<number, number>>();
  for (const [table, rows] of rowsByTable) {
    const ids = rows.map((row) => Number(row.id)).sort((a, b) => a - b);
    ranks.set(table, new Map(ids.map((id, index) => [id, index + 1])));
  }

  const dump: Record<string, unknown[]> = {};
  for (const [table, rows] of rowsByTable) {
    dump[table] = rows
      .map((row) => normaliseRow(row, ranks))
      .map((row) => JSON.stringify(row))
      .sort();
  }

  return JSON.stringify(dump);
}

/** Returns the SHA-256 of the canonical dump, in hex. */
export async function digestCampaign(dataSource: DataSource, campaignId: number): Promise<string> {
  return createHash('sha256')
    .update(await dumpCampaign(dataSource, campaignId))
    .digest('hex');
}

async function listTables(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );

  return rows.map((row) => row.name).filter((name) => !SKIPPED_TABLES.has(name));
}

/**
 * The rows of one campaign: by `campaign_id` where the table has one, else through the one
 * parent column that does. Folded editions are left out, because they record slots a digest
 * skipped and are never in the event log.
 */
async function readCampaignRows(
  dataSource: DataSource,
  table: string,
  campaignId: number,
): Promise<Row[]> {
  const columns = await dataSource.query<{ name: string }[]>(`PRAGMA table_info("${table}")`);
  const names = new Set(columns.map((column) => column.name));
  if (table === 'campaigns') {
    return dataSource.query<Row[]>('SELECT * FROM campaigns WHERE id = ?', [campaignId]);
  }
  if (table === 'editions') {
    return dataSource.query<Row[]>(
      "SELECT * FROM editions WHERE campaign_id = ? AND status != 'folded'",
      [campaignId],
    );
  }
  if (names.has('campaign_id')) {
    return dataSource.query<Row[]>(`SELECT * FROM "${table}" WHERE campaign_id = ?`, [campaignId]);
  }
  const parent = [...names].find((name) => REFERENCES[name] && REFERENCES[name] !== 'campaigns');
  if (!parent) {
    return [];
  }
  const parentTable = REFERENCES[parent];

  return dataSource.query<Row[]>(
    `SELECT child.* FROM "${table}" child JOIN "${parentTable}" parent ON parent.id = child."${parent}" WHERE parent.campaign_id = ?`,
    [campaignId],
  );
}

function normaliseRow(row: Row, ranks: Map<string, Map<number, number>>): Row {
  const normal: Row = {};
  for (const key of Object.keys(row).sort()) {
    if (VOLATILE_COLUMNS.has(key)) {
      continue;
    }
    const target = REFERENCES[key];
    const value = row[key];
    normal[key] = target ? rankOf(value, ranks.get(target)) : value;
  }

  return normal;
}

/** Replaces an id, or a JSON list of ids, with its rank; leaves nulls alone. */
function rankOf(value: unknown, ranks: Map<number, number> | undefined): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'string' && value.startsWith('[')) {
    const ids = JSON.parse(value) as number[];
    return ids.map((id) => ranks?.get(id) ?? `missing:${id}`);
  }

  const id = Number(value);

  return ranks?.get(id) ?? `missing:${id}`;
}
