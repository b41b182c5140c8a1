import { setTimeout as sleep } from 'node:timers/promises';
import { RandomStream } from '../common/random';
import type { BenchGuild, BenchWorld } from './bench-world';
import { drawCommand, type CommandPlan } from './command-mix';

/** Timings of one dispatched interaction, in milliseconds. */
export interface InteractionTiming {
  label: string;
  /** Dispatch on the gateway → first callback at the REST server; for autocomplete, the choices. */
  ackMs: number;
  /** Dispatch → final visible reply (commands only). */
  replyMs?: number;
  isDropped: boolean;
}

export interface LoadOptions {
  /** Commands per second across all guilds. */
  rate: number;
  durationSeconds: number;
  seed: string;
}

/**
 * Sends the weighted command mix at a steady rate from random players of random guilds and
 * records acknowledgement and reply latency as measured at the REST server.
 */
export async function driveLoad(
  world: BenchWorld,
  guilds: readonly BenchGuild[],
  options: LoadOptions,
): Promise<InteractionTiming[]> {
  const random = new RandomStream(options.seed);
  const intervalMs = 1000 / options.rate;
  const total = Math.round(options.rate * options.durationSeconds);
  const started = performance.now();
  const pending: Promise<InteractionTiming>[] = [];

  for (let sequence = 0; sequence < total; sequence++) {
    const due = started + sequence * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) {
      await sleep(wait);
    }
    const guild = random.pick(guilds);
    const player = random.pick(guild.players);
    pending.push(dispatch(world, guild, player.id, drawCommand(random, sequence)));
  }

  return Promise.all(pending);
}

/** Sends one planned command or autocomplete request and measures it. */
export async function dispatch(
  world: BenchWorld,
  guild: BenchGuild,
  userId: string,
  plan: CommandPlan,
): Promise<InteractionTiming> {
  const target = {
    guildId: guild.guild.id,
    channelId: guild.general,
    userId,
    name: plan.name,
    subcommand: plan.subcommand,
    options: plan.options,
  };
  if (plan.focused) {
    const started = performance.now();
    try {
      await world.sandbox.invokeAutocomplete({ ...target, focused: plan.focused });
      return { label: plan.label, ackMs: performance.now() - started, isDropped: false };
    } catch {
      return { label: plan.label, ackMs: NaN, isDropped: true };
    }
  }

  const interaction = world.sandbox.invokeCommand(target);
  try {
    const acknowledged = await interaction.acknowledged;
    const reply = await interaction.waitForReply(5_000).then(() => performance.now());
    return {
      label: plan.label,
      ackMs: acknowledged.receivedAt - interaction.dispatchedAt,
      replyMs: reply - interaction.dispatchedAt,
      isDropped: false,
    };
  } catch {
    return { label: plan.label, ackMs: NaN, isDropped: true };
  }
}
