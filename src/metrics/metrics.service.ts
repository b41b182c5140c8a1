import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Outcomes of a command: answered, refused by a rule or bad option, or failed unexpectedly. */
export const COMMAND_OUTCOMES = ['ok', 'rejected', 'error'] as const;
export type CommandOutcome = (typeof COMMAND_OUTCOMES)[number];

/**
 * Seconds, bracketing Discord's 3-second acknowledgement deadline: fine steps below 100 ms where
 * a healthy bot lives, coarse ones up to and past the deadline.
 */
const COMMAND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

/** Seconds for a whole digest, from start to every post queued. */
const DIGEST_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

/**
 * The process's Prometheus registry. Default Node.js metrics stay unprefixed so stock dashboards
 * work; ours start with `greatwork_`. Labels never carry user, guild or channel ids.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly commandDuration = new Histogram({
    name: 'greatwork_command_duration_seconds',
    help: 'Time from receiving a slash command to its reply, by command and outcome.',
    labelNames: ['command', 'outcome'] as const,
    buckets: COMMAND_BUCKETS,
    registers: [this.registry],
  });

  readonly editionDuration = new Histogram({
    name: 'greatwork_digest_duration_seconds',
    help: 'Time to publish one Gazette edition, from start to its posts queued.',
    buckets: DIGEST_BUCKETS,
    registers: [this.registry],
  });

  readonly gazettePosts = new Counter({
    name: 'greatwork_gazette_posts_total',
    help: 'Gazette messages sent to Discord, by result.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Sets every known label set to zero so dashboards show series before the first event. */
  initialiseCommands(commands: readonly string[]): void {
    for (const command of commands) {
      for (const outcome of COMMAND_OUTCOMES) {
        this.commandDuration.zero({ command, outcome });
      }
    }
    for (const result of ['sent', 'failed']) {
      this.gazettePosts.inc({ result }, 0);
    }
  }
}
