import { statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { GazetteDeliveryService } from '../gazette/gazette-delivery.service';
import { GazetteJobs } from '../gazette/gazette.jobs';
import { MetricsService } from '../metrics/metrics.service';
import { SandboxGame } from '../sandbox/sandbox-game';
import { histogramQuantile } from './bench-stats';
import { parseHistogramBuckets } from './service-process';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CampaignYearResult {
  days: number;
  digests: number;
  commands: number;
  queries: number;
  queryP50Ms: number;
  queryP99Ms: number;
  /** SQLite file after a WAL checkpoint, scaled to 365 days. */
  databaseBytesPerYear: number;
  wallSeconds: number;
}

/**
 * Plays one campaign of 8 active players for `days` simulated days in this process, on a manual
 * clock: each day every player submits a theory and checks their standing, then both digests run.
 * SQL statement durations come from the service's own driver timing histogram.
 */
export async function simulateCampaignYear(days: number, players = 8): Promise<CampaignYearResult> {
  const folder = mkdtempSync(join(tmpdir(), 'great-work-year-'));
  const databasePath = join(folder, 'year.sqlite');
  const clock = new ManualClock(new Date('2026-01-01T08:00:00Z'));
  const started = performance.now();
  const game = await SandboxGame.start({ databasePath, clock, timers: false });
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
        await game.app.get(GazetteJobs).publishDue();
        await game.app.get(GazetteDeliveryService).deliverDue();
        digests += 1;
      }
    }

    const metrics = await game.app.get(MetricsService).registry.metrics();
    const buckets = parseHistogramBuckets(metrics, 'greatwork_db_query_duration_seconds');
    await game.app.get(DataSource).query('PRAGMA wal_checkpoint(TRUNCATE)');
    const bytes = statSync(databasePath).size;

    return {
      days,
      digests,
      commands,
      queries: buckets[buckets.length - 1]?.count ?? 0,
      queryP50Ms: histogramQuantile(buckets, 0.5) * 1000,
      queryP99Ms: histogramQuantile(buckets, 0.99) * 1000,
      databaseBytesPerYear: days > 0 ? (bytes * 365) / days : bytes,
      wallSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await game.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
