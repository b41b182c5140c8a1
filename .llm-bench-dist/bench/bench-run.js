"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BenchSession = void 0;
exports.cpuShare = cpuShare;
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const promises_1 = require("node:timers/promises");
const bench_stats_1 = require("./bench-stats");
const bench_world_1 = require("./bench-world");
const digest_bench_1 = require("./digest-bench");
const load_driver_1 = require("./load-driver");
const service_process_1 = require("./service-process");
/** Seconds of quiet before idle CPU is measured, and the length of that measurement. */
const IDLE_SETTLE_SECONDS = 3;
const IDLE_MEASURE_SECONDS = 10;
/** A started world and service for one series of measurements. */
class BenchSession {
    world;
    service;
    folder;
    constructor(world, service, folder) {
        this.world = world;
        this.service = service;
        this.folder = folder;
    }
    /** Starts a world and the service; `env` adds variables, such as a language model's URL. */
    static async start(guilds, players, env = {}) {
        const world = await bench_world_1.BenchWorld.start();
        world.addGuilds(guilds, players);
        const folder = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'great-work-bench-'));
        const service = await service_process_1.ServiceProcess.start({
            DISCORD_TOKEN: world.token,
            DISCORD_API_URL: world.apiBaseUrl,
            DATABASE_PATH: (0, node_path_1.join)(folder, 'bench.sqlite'),
            ...env,
        });
        const session = new BenchSession(world, service, folder);
        await session.setUp(world.guilds);
        return session;
    }
    get databaseBytes() {
        const path = (0, node_path_1.join)(this.folder, 'bench.sqlite');
        const wal = `${path}-wal`;
        return (0, node_fs_1.statSync)(path).size + ((0, node_fs_1.statSync)(wal, { throwIfNoEntry: false })?.size ?? 0);
    }
    /** Runs `/gw_admin setup` in each guild so editions have a channel. */
    async setUp(guilds) {
        for (const guild of guilds) {
            const timing = await (0, load_driver_1.dispatch)(this.world, guild, guild.admin.id, {
                label: 'gw_admin',
                name: 'gw_admin',
                subcommand: 'setup',
            });
            if (timing.isDropped) {
                throw new Error(`setup was dropped in guild ${guild.guild.id}`);
            }
        }
    }
    async measureLoad(options) {
        const guilds = this.world.guilds.filter((guild) => guild.players.length > 0);
        const idleCpuShare = await this.measureIdleCpu();
        this.world.sandbox.resetStats();
        const before = this.service.sample();
        const timings = await (0, load_driver_1.driveLoad)(this.world, guilds, options);
        const after = this.service.sample();
        const log = this.world.sandbox.requestLog.filter((entry) => !entry.route.includes('/interactions/'));
        const restBytes = log.reduce((sum, entry) => sum + entry.requestBytes, 0);
        const callbackBytes = this.world.sandbox.requestLog
            .filter((entry) => entry.route.includes('/interactions/'))
            .reduce((sum, entry) => sum + entry.requestBytes, 0);
        return {
            guilds: guilds.length,
            players: guilds.reduce((sum, guild) => sum + guild.players.length, 0),
            rate: options.rate,
            durationSeconds: options.durationSeconds,
            interactions: timings.length,
            dropped: timings.filter((timing) => timing.isDropped).length,
            ack: (0, bench_stats_1.summarize)(acks(timings)),
            submitReply: (0, bench_stats_1.summarize)(timings
                .filter((timing) => timing.label === 'submit_theory' && !timing.isDropped)
                .map((timing) => timing.replyMs ?? NaN)),
            byLabel: summarizeByLabel(timings),
            rssBytes: this.service.sample().rssBytes,
            idleCpuShare,
            loadCpuShare: cpuShare(before, after),
            restBytes: restBytes + callbackBytes,
            restRequests: this.world.sandbox.requestLog.length,
            bytesPerCommand: (restBytes + callbackBytes) / Math.max(1, timings.length),
        };
    }
    /** Times digests of fresh guilds of `players` players, then a burst of all at once for CPU. */
    async measureDigests(players, rounds) {
        const guilds = this.world.addGuilds(rounds, players);
        await (0, promises_1.setTimeout)(200);
        await this.setUp(guilds);
        const timings = [];
        this.world.sandbox.resetStats();
        for (const guild of guilds) {
            const orders = await (0, digest_bench_1.queueOrders)(this.world, guild);
            timings.push(await (0, digest_bench_1.timeDigest)(this.world, guild, orders));
        }
        const editionBytes = this.world.sandbox.requestLog
            .filter((entry) => entry.route.includes('/messages') && entry.method === 'POST')
            .reduce((sum, entry) => sum + entry.requestBytes, 0);
        const burstGuilds = this.world.addGuilds(Math.min(rounds, 10), players);
        await (0, promises_1.setTimeout)(200);
        await this.setUp(burstGuilds);
        const orders = await Promise.all(burstGuilds.map((guild) => (0, digest_bench_1.queueOrders)(this.world, guild)));
        const sampler = this.sampleEverySecond();
        await Promise.all(burstGuilds.map((guild, i) => (0, digest_bench_1.timeDigest)(this.world, guild, orders[i])));
        const burstCpuShare = await sampler.stopAfterWindow();
        return {
            players,
            orders: timings[0]?.orders ?? 0,
            messages: timings[0]?.messages ?? 0,
            total: (0, bench_stats_1.summarize)(timings.map((timing) => timing.totalMs)),
            burstCpuShare,
            bytesPerEdition: editionBytes / Math.max(1, timings.length),
        };
    }
    async stop() {
        await this.service.stop();
        await this.world.stop();
        (0, node_fs_1.rmSync)(this.folder, { recursive: true, force: true });
    }
    /**
     * Samples CPU in one-second windows until `stopAfterWindow`, which lets the current window
     * finish and returns the busiest window's share of a core.
     */
    sampleEverySecond() {
        const samples = [this.service.sample()];
        const timer = setInterval(() => samples.push(this.service.sample()), 1000);
        return {
            stopAfterWindow: async () => {
                await (0, promises_1.setTimeout)(1100);
                clearInterval(timer);
                const shares = samples.slice(1).map((sample, i) => cpuShare(samples[i], sample));
                return Math.max(...shares);
            },
        };
    }
    async measureIdleCpu() {
        await (0, promises_1.setTimeout)(IDLE_SETTLE_SECONDS * 1000);
        const before = this.service.sample();
        await (0, promises_1.setTimeout)(IDLE_MEASURE_SECONDS * 1000);
        return cpuShare(before, this.service.sample());
    }
}
exports.BenchSession = BenchSession;
/** Share of one core used between two samples. */
function cpuShare(before, after) {
    const wallSeconds = (after.at - before.at) / 1000;
    return wallSeconds > 0 ? (after.cpuSeconds - before.cpuSeconds) / wallSeconds : NaN;
}
function acks(timings) {
    return timings.filter((timing) => !timing.isDropped).map((timing) => timing.ackMs);
}
function summarizeByLabel(timings) {
    const labels = [...new Set(timings.map((timing) => timing.label))].sort();
    return Object.fromEntries(labels.map((label) => [label, (0, bench_stats_1.summarize)(acks(timings.filter((t) => t.label === label)))]));
}
//# sourceMappingURL=bench-run.js.map