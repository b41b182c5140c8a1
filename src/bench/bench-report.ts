import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { CampaignYearResult } from './campaign-year';
import type { DigestResult, LoadResult } from './bench-run';
import type { LlmDigestResult } from './llm-bench';

/** Commands an active player sends per hour in normal play, for the network figure (estimate). */
export const COMMANDS_PER_PLAYER_HOUR = 20;
/** Editions per hour: two digests a day. */
const EDITIONS_PER_HOUR = 2 / 24;

export interface BenchResults {
  date: string;
  machine: string;
  command: string;
  load: LoadResult;
  /** The load run with 100 guilds connected: memory and idle CPU. */
  hundredGuilds: LoadResult | null;
  digests: DigestResult[];
  year: CampaignYearResult | null;
  scaling: LoadResult[];
  /** Digests voiced by the test language model; absent in runs without `--narrator llm`. */
  llm?: LlmDigestResult | null;
}

interface Row {
  figure: string;
  value: number;
  unit: string;
  floor: number | null;
  goal: number | null;
  note?: string;
}

export function describeMachine(): string {
  const gib = (totalmem() / 2 ** 30).toFixed(0);

  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${gib} GiB, Node ${process.version}, ${process.platform} ${process.arch}`;
}

function networkPerPlayerHour(results: BenchResults): number {
  const digest = results.digests.find((entry) => entry.players === 8) ?? results.digests[0];
  const editionShare = digest ? (digest.bytesPerEdition / digest.players) * EDITIONS_PER_HOUR : 0;

  return results.load.bytesPerCommand * COMMANDS_PER_PLAYER_HOUR + editionShare;
}

/** The TARGETS table rows for one run; lower is better for every figure. */
export function buildRows(results: BenchResults): Row[] {
  const digest8 = results.digests.find((entry) => entry.players === 8);
  const memory = results.hundredGuilds ?? results.load;
  const rows: Row[] = [
    {
      figure: 'command acknowledgement p99',
      value: results.load.ack.p99,
      unit: 'ms',
      floor: 100,
      goal: 10,
    },
    {
      figure: 'command acknowledgement p50',
      value: results.load.ack.p50,
      unit: 'ms',
      floor: null,
      goal: null,
    },
    {
      figure: 'theory submission p99',
      value: results.load.submitReply.p99,
      unit: 'ms',
      floor: 500,
      goal: 25,
    },
  ];
  if (digest8) {
    rows.push({
      figure: 'Gazette digest p99 (8 players, 16 orders)',
      value: digest8.total.p99,
      unit: 'ms',
      floor: 2000,
      goal: 150,
    });
    rows.push({
      figure: 'Gazette digest p50 (8 players, 16 orders)',
      value: digest8.total.p50,
      unit: 'ms',
      floor: null,
      goal: null,
    });
  }
  if (results.year) {
    rows.push({
      figure: `database query p99 (${results.year.digests} digests)`,
      value: results.year.queryP99Ms,
      unit: 'ms',
      floor: 50,
      goal: 1,
    });
    rows.push({
      figure: 'database size per campaign-year',
      value: results.year.databaseBytesPerYear / 2 ** 20,
      unit: 'MiB',
      floor: 100,
      goal: 10,
    });
  }
  rows.push({
    figure: `resident memory, ${memory.guilds} guilds`,
    value: memory.rssBytes / 2 ** 20,
    unit: 'MiB',
    floor: 256,
    goal: 128,
  });
  rows.push({
    figure: `CPU idle, ${memory.guilds} guilds`,
    value: memory.idleCpuShare * 100,
    unit: '% of a core',
    floor: 10,
    goal: 1,
  });
  if (results.digests.length > 0) {
    const burst = Math.max(...results.digests.map((entry) => entry.burstCpuShare));
    rows.push({
      figure: 'CPU peak during a digest burst',
      value: burst * 100,
      unit: '% of a core',
      floor: 50,
      goal: 50,
    });
  }
  if (results.llm) {
    rows.push(...llmRows(results.llm));
  }
  rows.push({
    figure: 'network to REST per active player-hour',
    value: networkPerPlayerHour(results) / 1024,
    unit: 'KiB',
    floor: 1024,
    goal: 100,
    note: `estimate at ${COMMANDS_PER_PLAYER_HOUR} commands per player-hour`,
  });

  return rows;
}

function llmRows(llm: LlmDigestResult): Row[] {
  const latency = `LLM answering in ${llm.latencyMs} ms`;

  return [
    {
      figure: `scholar reaction reply p99 (${latency})`,
      value: llm.reactionReply.p99,
      unit: 'ms',
      floor: 1000,
      goal: 400,
      note: 'digest command to the gossip post with the reactions',
    },
    {
      figure: `Gazette digest with LLM p99 (${llm.players} players, ${latency})`,
      value: llm.total.p99,
      unit: 'ms',
      floor: 2000,
      goal: 700,
    },
    {
      figure: `LLM tokens per digest p99 (${llm.players} players)`,
      value: llm.tokensPerDigest.p99,
      unit: 'tokens',
      floor: 1000,
      goal: 600,
      note: `${llm.requestsPerDigest.toFixed(2)} requests per digest, ${llm.fallbacks} template fallbacks`,
    },
  ];
}

function format(value: number): string {
  if (!Number.isFinite(value)) {
    return 'n/a';
  }

  if (value >= 100) {
    return value.toFixed(0);
  }
  if (value >= 10) {
    return value.toFixed(1);
  }

  return value.toFixed(2);
}

function verdict(row: Row): string {
  if (row.floor === null || !Number.isFinite(row.value)) {
    return '';
  }
  if (row.goal !== null && row.value < row.goal) {
    return 'goal met';
  }

  return row.value < row.floor ? 'floor met' : '**floor missed**';
}

function change(row: Row, previous: Row[] | null): string {
  const before = previous?.find((candidate) => candidate.figure === row.figure);
  if (!before || !Number.isFinite(before.value) || before.value === 0) {
    return '–';
  }
  const ratio = row.value / before.value;

  return `×${ratio.toFixed(2)}`;
}

function renderRun(results: BenchResults, previous: BenchResults | null): string {
  const rows = buildRows(results);
  const previousRows = previous ? buildRows(previous) : null;
  const lines = [
    `## Run of ${results.date}`,
    '',
    `- Machine: ${results.machine}`,
    `- Command: \`${results.command}\``,
    `- Load: ${results.load.interactions} interactions at ${results.load.rate}/s from ${results.load.players} players in ${results.load.guilds} guilds, ${results.load.dropped} dropped`,
    '',
    '| figure | measured | floor | goal | verdict | vs previous run |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.figure}${row.note ? ` (${row.note})` : ''} | ${format(row.value)} ${row.unit} | ${row.floor ?? ''} | ${row.goal ?? ''} | ${verdict(row)} | ${change(row, previousRows)} |`,
    ),
    '',
    '### Acknowledgement by command (ms)',
    '',
    '| command | count | p50 | p99 | max |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(results.load.byLabel).map(
      ([label, summary]) =>
        `| ${label} | ${summary.count} | ${format(summary.p50)} | ${format(summary.p99)} | ${format(summary.max)} |`,
    ),
  ];
  if (results.scaling.length > 0) {
    lines.push(
      '',
      '### Scaling with guilds',
      '',
      '| guilds | interactions | ack p50 (ms) | ack p99 (ms) | RSS (MiB) | idle CPU (% of a core) |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const run of results.scaling) {
      lines.push(
        `| ${run.guilds} | ${run.interactions} | ${format(run.ack.p50)} | ${format(run.ack.p99)} | ${format(run.rssBytes / 2 ** 20)} | ${format(run.idleCpuShare * 100)} |`,
      );
    }
  }
  if (results.digests.length > 0) {
    lines.push(
      '',
      '### Digest time with players',
      '',
      '| players | orders | posts | digests | p50 (ms) | p99 (ms) | burst CPU (% of a core) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const digest of results.digests) {
      lines.push(
        `| ${digest.players} | ${digest.orders} | ${digest.messages} | ${digest.total.count} | ${format(digest.total.p50)} | ${format(digest.total.p99)} | ${format(digest.burstCpuShare * 100)} |`,
      );
    }
  }
  if (results.year) {
    const year = results.year;
    lines.push(
      '',
      `Database figures: ${year.days} simulated days (${year.digests} digests, ${year.commands} commands, ${year.queries} SQL statements) in ${format(year.wallSeconds)} s; statement p50 ${format(year.queryP50Ms)} ms, estimated from the driver-timing histogram.`,
    );
  }

  return lines.join('\n');
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (source in \`src/bench/\`). Each run starts the production build of
the service in its own process, the local Discord-compatible server in the benchmark's process,
and drives the real discord.js client over the gateway and REST protocol on 127.0.0.1. Latencies
are measured at that server: from the moment an interaction is dispatched on the gateway to the
moment its callback or post arrives. Figures from a shared machine drift between runs; compare
medians, 99th percentiles and ratios rather than single numbers. The newest run comes first.
How each figure is taken, and what limits the goals not met, is in \`docs/benchmark-notes.md\`.
`;

/** Writes the results page (newest run first) and appends the run to the JSON history beside it. */
export function writeReport(path: string, results: BenchResults): void {
  const historyPath = path.replace(/\.md$/, '.json');
  const history: BenchResults[] = existsSync(historyPath)
    ? (JSON.parse(readFileSync(historyPath, 'utf8')) as BenchResults[])
    : [];
  history.push(results);
  const kept = history.slice(-10);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(historyPath, `${JSON.stringify(kept, null, 2)}\n`);
  const runs = kept.map((run, index) => renderRun(run, kept[index - 1] ?? null)).reverse();
  writeFileSync(path, `${HEADER}\n${runs.join('\n\n')}\n`);
}
