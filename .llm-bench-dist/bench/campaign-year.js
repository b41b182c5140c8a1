"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.simulateCampaignYear = simulateCampaignYear;
const node_fs_1 = require("node:fs");
const node_fs_2 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const typeorm_1 = require("typeorm");
const clock_1 = require("../common/clock");
const gazette_delivery_service_1 = require("../gazette/gazette-delivery.service");
const gazette_jobs_1 = require("../gazette/gazette.jobs");
const metrics_service_1 = require("../metrics/metrics.service");
const sandbox_game_1 = require("../sandbox/sandbox-game");
const bench_stats_1 = require("./bench-stats");
const service_process_1 = require("./service-process");
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Plays one campaign of 8 active players for `days` simulated days in this process, on a manual
 * clock: each day every player submits a theory and checks their standing, then both digests run.
 * SQL statement durations come from the service's own driver timing histogram.
 */
async function simulateCampaignYear(days, players = 8) {
    const folder = (0, node_fs_2.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'great-work-year-'));
    const databasePath = (0, node_path_1.join)(folder, 'year.sqlite');
    const clock = new clock_1.ManualClock(new Date('2026-01-01T08:00:00Z'));
    const started = performance.now();
    const game = await sandbox_game_1.SandboxGame.start({ databasePath, clock, timers: false });
    let commands = 0;
    let digests = 0;
    try {
        await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'setup' });
        const leads = Array.from({ length: players }, (_, i) => game.addPlayer(`yearlead${i}`));
        for (let day = 0; day < days; day++) {
            const morning = new Date(Date.parse('2026-01-01T08:00:00Z') + day * DAY_MS);
            clock.set(morning);
            for (const [index, lead] of leads.entries()) {
                await game.command(lead, {
                    name: 'submit_theory',
                    options: {
                        claim: `Day ${day}: lead ${index} holds that the tide tables were forged.`,
                        confidence: index % 3 === 0 ? 'certain' : 'suspect',
                        deadline_days: 3,
                    },
                });
                await game.command(lead, { name: 'status' });
                commands += 2;
            }
            for (const hour of [13, 21]) {
                clock.set(new Date(morning.getTime() + (hour - 8) * 60 * 60 * 1000));
                await game.app.get(gazette_jobs_1.GazetteJobs).publishDue();
                await game.app.get(gazette_delivery_service_1.GazetteDeliveryService).deliverDue();
                digests += 1;
            }
        }
        const metrics = await game.app.get(metrics_service_1.MetricsService).registry.metrics();
        const buckets = (0, service_process_1.parseHistogramBuckets)(metrics, 'greatwork_db_query_duration_seconds');
        await game.app.get(typeorm_1.DataSource).query('PRAGMA wal_checkpoint(TRUNCATE)');
        const bytes = (0, node_fs_1.statSync)(databasePath).size;
        return {
            days,
            digests,
            commands,
            queries: buckets[buckets.length - 1]?.count ?? 0,
            queryP50Ms: (0, bench_stats_1.histogramQuantile)(buckets, 0.5) * 1000,
            queryP99Ms: (0, bench_stats_1.histogramQuantile)(buckets, 0.99) * 1000,
            databaseBytesPerYear: days > 0 ? (bytes * 365) / days : bytes,
            wallSeconds: (performance.now() - started) / 1000,
        };
    }
    finally {
        await game.stop();
        (0, node_fs_2.rmSync)(folder, { recursive: true, force: true });
    }
}
//# sourceMappingURL=campaign-year.js.map