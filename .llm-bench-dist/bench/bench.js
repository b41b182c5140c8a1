"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const bench_options_1 = require("./bench-options");
const bench_run_1 = require("./bench-run");
const bench_report_1 = require("./bench-report");
const campaign_year_1 = require("./campaign-year");
const llm_bench_1 = require("./llm-bench");
/** Guild counts of the scaling series; 100 doubles as the memory and idle-CPU figure. */
const SCALING_GUILDS = [1, 10, 100, 1000];
const SCALING_PLAYERS = [4, 8, 16, 32];
/** Seconds of load in each scaling step, at the main run's rate. */
const SCALING_SECONDS = 20;
function log(message) {
    process.stdout.write(`[bench] ${message}\n`);
}
async function measureMain(options) {
    log(`main run: ${options.guilds} guilds × ${options.players} players, ${options.rate}/s for ${options.durationSeconds} s`);
    const session = await bench_run_1.BenchSession.start(options.guilds, options.players);
    try {
        const load = await session.measureLoad(options);
        log(`ack p50 ${load.ack.p50.toFixed(2)} ms, p99 ${load.ack.p99.toFixed(2)} ms, dropped ${load.dropped}`);
        const sizes = options.scaling ? SCALING_PLAYERS : [8];
        const digests = [];
        for (const players of sizes) {
            const digest = await session.measureDigests(players, options.digestRounds);
            log(`digest with ${players} players: p50 ${digest.total.p50.toFixed(1)} ms, p99 ${digest.total.p99.toFixed(1)} ms`);
            digests.push(digest);
        }
        if (session.service.hasExited) {
            throw new Error(`the service crashed:\n${session.service.recentErrors()}`);
        }
        return { load, digests };
    }
    finally {
        await session.stop();
    }
}
async function measureGuilds(guilds, options) {
    log(`${guilds} guilds: connecting`);
    const session = await bench_run_1.BenchSession.start(guilds, options.players);
    try {
        const result = await session.measureLoad({ ...options, durationSeconds: SCALING_SECONDS });
        log(`${guilds} guilds: ack p99 ${result.ack.p99.toFixed(2)} ms, RSS ${(result.rssBytes / 2 ** 20).toFixed(0)} MiB`);
        return result;
    }
    finally {
        await session.stop();
    }
}
async function main() {
    const options = (0, bench_options_1.parseBenchOptions)(process.argv.slice(2));
    const { load, digests } = await measureMain(options);
    const scaling = [];
    const guildCounts = options.quick ? [] : options.scaling ? SCALING_GUILDS : [100];
    for (const guilds of guildCounts) {
        scaling.push(await measureGuilds(guilds, options));
    }
    let year = null;
    if (options.yearDays > 0) {
        log(`simulating ${options.yearDays} campaign days`);
        year = await (0, campaign_year_1.simulateCampaignYear)(options.yearDays);
        log(`SQL p99 ${year.queryP99Ms.toFixed(3)} ms over ${year.queries} statements`);
    }
    let llm = null;
    if (options.narrator === 'llm') {
        log(`digests with a test language model answering in ${options.llmLatencyMs} ms`);
        llm = await (0, llm_bench_1.measureLlmDigests)(options.digestRounds, 8, options.llmLatencyMs);
        log(`digest with LLM p99 ${llm.total.p99.toFixed(1)} ms, ${llm.tokensPerDigest.p50.toFixed(0)} tokens per digest`);
    }
    const results = {
        date: new Date().toISOString(),
        machine: (0, bench_report_1.describeMachine)(),
        command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
        load,
        hundredGuilds: scaling.find((run) => run.guilds === 100) ?? null,
        digests,
        year,
        scaling: options.scaling ? scaling : [],
        llm,
    };
    if (!options.quick) {
        (0, bench_report_1.writeReport)(options.out, results);
        log(`wrote ${options.out}`);
    }
    for (const row of (0, bench_report_1.buildRows)(results)) {
        log(`${row.figure}: ${row.value.toFixed(3)} ${row.unit}`);
    }
    const dropped = load.dropped + scaling.reduce((sum, run) => sum + run.dropped, 0);
    if (dropped > 0) {
        throw new Error(`${dropped} interaction(s) were dropped`);
    }
}
main().then(() => process.exit(0), (error) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=bench.js.map