import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchOptions } from './bench-options';
import { summarize, type Summary } from './bench-stats';
import { BenchWorld, type BenchGuild } from './bench-world';
import { queueOrders, timeDigest, type DigestTiming } from './digest-bench';
import { dispatch, driveLoad, type InteractionTiming } from './load-driver';
import { ServiceProcess, type ProcessSample } from './service-process';

/** Seconds of quiet before idle CPU is measured, and the length of that measurement. */
const IDLE_SETTLE_SECONDS = 3;
const IDLE_MEASURE_SECONDS = 10;

export interface LoadResult {
  guilds: number;
  players: number;
  rate: number;
  durationSeconds: number;
  interactions: number;
  dropped: number;
  ack: Summary;
  submitReply: Summary;
  byLabel: Record<string, Summary>;
  rssBytes: number;
  idleCpuShare: number;
  loadCpuShare: number;
  restBytes: number;
  restRequests: number;
  bytesPerCommand: number;
}

export interface DigestResult {
  players: number;
  orders: number;
  messages: number;
  total: Summary;
  burstCpuShare: number;
  bytesPerEdition: number;
}

/** A started world and service for one series of measurements. */
export class BenchSession {
  private constructor(
    readonly world: BenchWorld,
    readonly service: ServiceProcess,
    private readonly folder: string,
  ) {}

  /** Starts a world and the service; `env` adds variables, such as a language model's URL. */
  static async start(
    guilds: number,
    players: number,
    env: Record<string, string> = {},
  ): Promise<BenchSession> {
    const world = await BenchWorld.start();
    world.addGuilds(guilds, players);
    const folder = mkdtempSync(join(tmpdir(), 'great-work-bench-'));
    const service = await ServiceProcess.start({
      DISCORD_TOKEN: world.token,
      DISCORD_API_URL: world.apiBaseUrl,
      DATABASE_PATH: join(folder, 'bench.sqlite'),
      ...env,
    });
    const session = new BenchSession(world, service, folder);
    await session.waitForCommands();
    await session.setUp(world.guilds);

    return session;
  }

  get databaseBytes(): number {
    const path = join(this.folder, 'bench.sqlite');
    const wal = `${path}-wal`;

    return statSync(path).size + (statSync(wal, { throwIfNoEntry: false })?.size ?? 0);
  }

  /**
   * Waits until the service has registered its slash commands. Readiness comes with the gateway
   * session, and the commands are registered just after it, so a command sent at once can find
   * none.
   */
  async waitForCommands(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.world.sandbox.registeredCommands().length === 0) {
      if (Date.now() > deadline) {
        throw new Error(`the service registered no commands within ${timeoutMs} ms`);
      }
      await sleep(20);
    }
  }

  /** Runs `/gw_admin setup` in each guild so editions have a channel. */
  async setUp(guilds: readonly BenchGuild[]): Promise<void> {
    for (const guild of guilds) {
      const timing = await dispatch(this.world, guild, guild.admin.id, {
        label: 'gw_admin',
        name: 'gw_admin',
        subcommand: 'setup',
      });
      if (timing.isDropped) {
        throw new Error(`setup was dropped in guild ${guild.guild.id}`);
      }
    }
  }

  async measureLoad(
    options: Pick<BenchOptions, 'rate' | 'durationSeconds' | 'seed'>,
  ): Promise<LoadResult> {
    const guilds = this.world.guilds.filter((guild) => guild.players.length > 0);
    const idleCpuShare = await this.measureIdleCpu();
    this.world.sandbox.resetStats();
    const before = this.service.sample();
    const timings = await driveLoad(this.world, guilds, options);
    const after = this.service.sample();
    const log = this.world.sandbox.requestLog.filter(
      (entry) => !entry.route.includes('/interactions/'),
    );
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
      ack: summarize(acks(timings)),
      submitReply: summarize(
        timings
          .filter((timing) => timing.label === 'submit_theory' && !timing.isDropped)
          .map((timing) => timing.replyMs ?? NaN),
      ),
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
  async measureDigests(players: number, rounds: number): Promise<DigestResult> {
    const guilds = this.world.addGuilds(rounds, players);
    await sleep(200);
    await this.setUp(guilds);
    const timings: DigestTiming[] = [];
    this.world.sandbox.resetStats();
    for (const guild of guilds) {
      const orders = await queueOrders(this.world, guild);
      timings.push(await timeDigest(this.world, guild, orders));
    }
    const editionBytes = this.world.sandbox.requestLog
      .filter((entry) => entry.route.includes('/messages') && entry.method === 'POST')
      .reduce((sum, entry) => sum + entry.requestBytes, 0);

    const burstGuilds = this.world.addGuilds(Math.min(rounds, 10), players);
    await sleep(200);
    await this.setUp(burstGuilds);
    const orders = await Promise.all(burstGuilds.map((guild) => queueOrders(this.world, guild)));
    const sampler = this.sampleEverySecond();
    await Promise.all(burstGuilds.map((guild, i) => timeDigest(this.world, guild, orders[i])));
    const burstCpuShare = await sampler.stopAfterWindow();

    return {
      players,
      orders: timings[0]?.orders ?? 0,
      messages: timings[0]?.messages ?? 0,
      total: summarize(timings.map((timing) => timing.totalMs)),
      burstCpuShare,
      bytesPerEdition: editionBytes / Math.max(1, timings.length),
    };
  }

  async stop(): Promise<void> {
    await this.service.stop();
    await this.world.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }

  /**
   * Samples CPU in one-second windows until `stopAfterWindow`, which lets the current window
   * finish and returns the busiest window's share of a core.
   */
  private sampleEverySecond(): { stopAfterWindow: () => Promise<number> } {
    const samples: ProcessSample[] = [this.service.sample()];
    const timer = setInterval(() => samples.push(this.service.sample()), 1000);

    return {
      stopAfterWindow: async () => {
        await sleep(1100);
        clearInterval(timer);
        const shares = samples.slice(1).map((sample, i) => cpuShare(samples[i], sample));
        return Math.max(...shares);
      },
    };
  }

  private async measureIdleCpu(): Promise<number> {
    await sleep(IDLE_SETTLE_SECONDS * 1000);
    const before = this.service.sample();
    await sleep(IDLE_MEASURE_SECONDS * 1000);

    return cpuShare(before, this.service.sample());
  }
}

/** Share of one core used between two samples. */
export function cpuShare(before: ProcessSample, after: ProcessSample): number {
  const wallSeconds = (after.at - before.at) / 1000;

  return wallSeconds > 0 ? (after.cpuSeconds - before.cpuSeconds) / wallSeconds : NaN;
}

function acks(timings: InteractionTiming[]): number[] {
  return timings.filter((timing) => !timing.isDropped).map((timing) => timing.ackMs);
}

function summarizeByLabel(timings: InteractionTiming[]): Record<string, Summary> {
  const labels = [...new Set(timings.map((timing) => timing.label))].sort();

  return Object.fromEntries(
    labels.map((label) => [label, summarize(acks(timings.filter((t) => t.label === label)))]),
  );
}
