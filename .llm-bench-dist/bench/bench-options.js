"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseBenchOptions = parseBenchOptions;
const node_util_1 = require("node:util");
const USAGE = `Usage: npm run bench -- [options]
  --guilds N        guilds connected during the load phase (default 25)
  --players N       players per guild (default 8)
  --duration S      seconds of load (default 60)
  --rate N          commands per second across all guilds (default 50)
  --narrator NAME   templates (default), or llm to also time digests voiced by a test
                    language model served on 127.0.0.1
  --llm-latency-ms N milliseconds the test language model waits per answer (default 300)
  --out FILE        results page (default docs/benchmarks.md)
  --scaling         also run 1/10/100/1,000 guilds and 4/8/16/32 players per digest
  --year-days N     simulated days for the database figures (default 365, 0 skips)
  --digest-rounds N digests timed per size (default 30)
  --quick           one-minute smoke run: fails on a crash or a dropped interaction
  --seed TEXT       seed of the command mix (default bench)`;
function positiveInteger(name, value, fallback) {
    if (value === undefined) {
        return fallback;
    }
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) {
        throw new Error(`--${name} must be a whole number, got "${value}"\n\n${USAGE}`);
    }
    return parsed;
}
/** Parses the command line; throws with the usage text on a bad option. */
function parseBenchOptions(argv) {
    const { values } = (0, node_util_1.parseArgs)({
        args: argv,
        options: {
            guilds: { type: 'string' },
            players: { type: 'string' },
            duration: { type: 'string' },
            rate: { type: 'string' },
            narrator: { type: 'string' },
            'llm-latency-ms': { type: 'string' },
            out: { type: 'string' },
            scaling: { type: 'boolean' },
            'year-days': { type: 'string' },
            'digest-rounds': { type: 'string' },
            quick: { type: 'boolean' },
            seed: { type: 'string' },
            help: { type: 'boolean' },
        },
        strict: true,
    });
    if (values.help) {
        throw new Error(USAGE);
    }
    const narrator = values.narrator ?? 'templates';
    if (narrator !== 'templates' && narrator !== 'llm') {
        throw new Error(`--narrator must be "templates" or "llm", got "${narrator}"\n\n${USAGE}`);
    }
    const quick = values.quick ?? false;
    return {
        guilds: positiveInteger('guilds', values.guilds, quick ? 5 : 25),
        players: positiveInteger('players', values.players, 8),
        durationSeconds: positiveInteger('duration', values.duration, quick ? 20 : 60),
        rate: positiveInteger('rate', values.rate, quick ? 20 : 50),
        narrator,
        llmLatencyMs: positiveInteger('llm-latency-ms', values['llm-latency-ms'], 300),
        out: values.out ?? 'docs/benchmarks.md',
        scaling: values.scaling ?? false,
        yearDays: positiveInteger('year-days', values['year-days'], quick ? 3 : 365),
        digestRounds: positiveInteger('digest-rounds', values['digest-rounds'], quick ? 3 : 30),
        quick,
        seed: values.seed ?? 'bench',
    };
}
//# sourceMappingURL=bench-options.js.map