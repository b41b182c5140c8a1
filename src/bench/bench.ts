import { parseBenchOptions, type BenchOptions } from './bench-options';
import { BenchSession, type DigestResult, type LoadResult } from './bench-run';
import { buildRows, describeMachine, writeReport, type BenchResults } from './bench-report';
import { simulateCampaignYear, type CampaignYearResult } from './campaign-year';
import { measureLlmDigests, type LlmDigestResult } from './llm-bench';

/** Guild counts of the scaling series; 100 doubles as the memory and idle-CPU figure. */
const SCALING_GUILDS = [1, 10, 100, 1000];
const SCALING_PLAYERS = [4, 8, 16, 32];
/** Seconds of load in each scaling step, at the main run's rate. */
const SCALING_SECONDS = 20;

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

async function measureMain(
  options: BenchOptions,
): Promise<{ load: LoadResult; digests: DigestResult[] }> {
  log(
    `main run: ${options.guilds} guilds × ${options.players} players, ${options.rate}/s for ${options.durationSeconds} s`,
  );
  const session = await BenchSession.start(options.guilds, options.players);
  try {
    const load = await session.measureLoad(options);
    log(
      `ack p50 ${load.ack.p50.toFixed(2)} ms, p99 ${load.ack.p99.toFixed(2)} ms, dropped ${load.dropped}`,
    );
    const sizes = options.scaling ? SCALING_PLAYERS : [8];
    const digests: DigestResult[] = [];
    for (const players of sizes) {
      const digest = await session.measureDigests(players, options.digestRounds);
      log(
        `digest with ${players} players: p50 ${digest.total.p50.toFixed(1)} ms, p99 ${digest.total.p99.toFixed(1)} ms`,
      );
      digests.push(digest);
    }
    if (session.service.hasExited) {
      throw new Error(`the service crashed:\n${session.service.recentErrors()}`);
    }
    return { load, digests };
  } finally {
    await session.stop();
  }
}

async function measureGuilds(guilds: number, options: BenchOptions): Promise<LoadResult> {
  log(`${guilds} guilds: connecting`);
  const session = await BenchSession.start(guilds, options.players);
  try {
    const result = await session.measureLoad({ ...options, durationSeconds: SCALING_SECONDS });
    log(
      `${guilds} guilds: ack p99 ${result.ack.p99.toFixed(2)} ms, RSS ${(result.rssBytes / 2 ** 20).toFixed(0)} MiB`,
    );
    return result;
  } finally {
    await session.stop();
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const { load, digests } = await measureMain(options);

  const scaling: LoadResult[] = [];
  const guildCounts = options.quick ? [] : options.scaling ? SCALING_GUILDS : [100];
  for (const guilds of guildCounts) {
    scaling.push(await measureGuilds(guilds, options));
  }

  let year: CampaignYearResult | null = null;
  if (options.yearDays > 0) {
    log(`simulating ${options.yearDays} campaign days`);
    year = await simulateCampaignYear(options.yearDays);
    log(`SQL p99 ${year.queryP99Ms.toFixed(3)} ms over ${year.queries} statements`);
  }

  let llm: LlmDigestResult | null = null;
  if (options.narrator === 'llm') {
    log(`digests with a test language model answering in ${options.llmLatencyMs} ms`);
    llm = await measureLlmDigests(options.digestRounds, 8, options.llmLatencyMs);
    log(
      `digest with LLM p99 ${llm.total.p99.toFixed(1)} ms, ${llm.tokensPerDigest.p50.toFixed(0)} tokens per digest`,
    );
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    command: [
      process.env.DATABASE_DRIVER ? `DATABASE_DRIVER=${process.env.DATABASE_DRIVER}` : '',
      `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    ]
      .filter(Boolean)
      .join(' '),
    load,
    hundredGuilds: scaling.find((run) => run.guilds === 100) ?? null,
    digests,
    year,
    scaling: options.scaling ? scaling : [],
    llm,
  };
  if (!options.quick) {
    writeReport(options.out, results);
    log(`wrote ${options.out}`);
  }
  for (const row of buildRows(results)) {
    log(`${row.figure}: ${row.value.toFixed(3)} ${row.unit}`);
  }

  const dropped = load.dropped + scaling.reduce((sum, run) => sum + run.dropped, 0);
  if (dropped > 0) {
    throw new Error(`${dropped} interaction(s) were dropped`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[bench] failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
