import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ManualClock } from '../common/clock';
import { GameError } from '../common/game-error';
import { GazetteJobs } from '../gazette/gazette.jobs';
import { GazetteDeliveryService } from '../gazette/gazette-delivery.service';
import { SandboxGame } from '../sandbox/sandbox-game';
import { MentorshipService } from '../scholars/mentorship.service';
import { PoachingService } from '../scholars/poaching.service';
import { RecruitmentService } from '../scholars/recruitment.service';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import { ExpeditionsService } from '../expeditions/expeditions.service';
import { SymposiumService } from '../symposium/symposium.service';
import { TheoriesService } from '../theories/theories.service';

/**
 * The economy simulator: simple strategies played through the real services in one process, a
 * real SQLite file, and a manual clock that jumps from one Gazette digest to the next. Prints
 * reputation, influence, debt and roster size per in-game day.
 *
 *   npm run simulate -- --players 6 --days 28
 */

/** Monday 08:00 UTC; the digests run at 13:00 and 21:00. */
const START = new Date('2026-03-02T08:00:00Z');
const DIGEST_HOURS = [13, 21];

type Strategy = 'recruiter' | 'poacher' | 'mentor' | 'theorist';
const STRATEGIES: Strategy[] = ['recruiter', 'poacher', 'mentor', 'theorist'];

interface SimPlayer {
  actor: Actor;
  strategy: Strategy;
  id: number;
}

interface Services {
  recruitment: RecruitmentService;
  poaching: PoachingService;
  mentorship: MentorshipService;
  theories: TheoriesService;
  expeditions: ExpeditionsService;
  symposium: SymposiumService;
  data: DataSource;
}

interface Row {
  id: number;
  reputation: number;
  influence: number;
}

const USAGE = 'usage: npm run simulate -- [--players 1..50] [--days 1..365]';

/** A command line the simulator cannot run; printed as one line with the usage. */
class UsageError extends Error {}

function options(): { players: number; days: number } {
  let values: { players?: string; days?: string };
  try {
    ({ values } = parseArgs({
      options: {
        players: { type: 'string', default: '6' },
        days: { type: 'string', default: '28' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const players = Number(values.players);
  const days = Number(values.days);
  if (!Number.isInteger(players) || players < 1 || players > 50) {
    throw new UsageError(`--players must be a whole number from 1 to 50; got ${values.players}`);
  }
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw new UsageError(`--days must be a whole number from 1 to 365; got ${values.days}`);
  }

  return { players, days };
}

/** Runs one order and counts a rule's rejection as a normal outcome of play. */
async function attempt(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (error instanceof GameError) {
      return false;
    }
    throw error;
  }
}

async function unaffiliated(data: DataSource, campaignId: number): Promise<number[]> {
  const rows = await data.query<{ id: number }[]>(
    'SELECT id FROM scholars WHERE campaign_id = ? AND employer_id IS NULL ORDER BY id',
    [campaignId],
  );
  return rows.map((row) => row.id);
}

async function employedBy(data: DataSource, playerId: number): Promise<number[]> {
  const rows = await data.query<{ id: number }[]>(
    'SELECT id FROM scholars WHERE employer_id = ? ORDER BY id',
    [playerId],
  );
  return rows.map((row) => row.id);
}

async function richestFaction(data: DataSource, playerId: number): Promise<Faction> {
  const [row] = await data.query<Record<string, number>[]>(
    `SELECT ${FACTIONS.map((f) => `influence_${f} AS "${f}"`).join(', ')} FROM players WHERE id = ?`,
    [playerId],
  );
  return [...FACTIONS].sort((a, b) => row[b] - row[a])[0];
}

const VOTE_STANCES = ['support', 'oppose', 'further_study'] as const;

/** Bulletin number of the player's oldest open theory that no queued expedition tests yet. */
async function oldestOpenTheory(data: DataSource, playerId: number): Promise<number | null> {
  const [row] = await data.query<{ number: number }[]>(
    `SELECT t.bulletin_number AS number FROM theories t
     WHERE t.player_id = ? AND t.status = 'open'
       AND NOT EXISTS (SELECT 1 FROM expeditions e WHERE e.theory_id = t.id AND e.status = 'queued')
     ORDER BY t.bulletin_number LIMIT 1`,
    [playerId],
  );

  return row?.number ?? null;
}

/** One day of orders: each strategy does the one thing it believes in. */
async function playDay(
  services: Services,
  players: SimPlayer[],
  campaignId: number,
  day: number,
): Promise<void> {
  for (const [index, player] of players.entries()) {
    const { data } = services;
    const faction = await richestFaction(data, player.id);
    const free = await unaffiliated(data, campaignId);
    const own = await employedBy(data, player.id);
    if (player.strategy === 'recruiter' || own.length === 0) {
      if (free.length > 0) {
        const target = free[(day + index) % free.length];
        await attempt(() => services.recruitment.recruit(player.actor, String(target), faction));
      }
    }
    if (player.strategy === 'poacher') {
      const rival = players[(index + 1 + (day % (players.length - 1 || 1))) % players.length];
      const targets = rival.id === player.id ? [] : await employedBy(data, rival.id);
      if (targets.length > 0) {
        await attempt(() =>
          services.poaching.poach(player.actor, String(targets[0]), faction, 1, 'A better desk.'),
        );
      }
    }
    if (player.strategy === 'mentor' && own.length > 0) {
      await attempt(() => services.mentorship.mentor(player.actor, String(own[0])));
    }
    // Everyone votes in the weekly symposium, so pledges are kept rather than forfeited.
    await attempt(() => services.symposium.vote(player.actor, VOTE_STANCES[(index + day) % 3]));
    // A player tests the oldest open theory with a think tank, the cheapest expedition, when a
    // scholar of theirs can go and the academia for it is there.
    const oldest = await oldestOpenTheory(data, player.id);
    if (oldest !== null && own.length > 0) {
      await attempt(() =>
        services.expeditions.launchExpedition(player.actor, {
          type: 'think_tank',
          objective: `Test bulletin ${oldest} against the archive.`,
          theory: String(oldest),
          team: [String(own[0])],
          discipline: 'Chronology',
          depth: 'shallow',
          fundingFactions: ['academia'],
        }),
      );
    }
    if (player.strategy === 'theorist' || day % 3 === 0) {
      await attempt(() =>
        services.theories.submitTheory(player.actor, {
          claim: `Day ${day}: the ${faction} archives hide a second calendar.`,
          confidence: 'suspect',
          supporters: own.slice(0, 1).map(String),
        }),
      );
    }
  }
  // Employers counter every open offer with 1 of their richest faction when they can.
  const open = await services.data.query<{ scholar_id: number; employer_id: number }[]>(
    "SELECT DISTINCT scholar_id, employer_id FROM poaching_offers WHERE status = 'open' AND counter_amount IS NULL",
  );
  for (const offer of open) {
    const employer = players.find((candidate) => candidate.id === offer.employer_id);
    if (employer) {
      const faction = await richestFaction(services.data, employer.id);
      await attempt(() =>
        services.poaching.counter(employer.actor, String(offer.scholar_id), faction, 1),
      );
    }
  }
}

function summary(values: number[]): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return `${min}/${mean.toFixed(1)}/${max}`;
}

async function report(services: Services, players: SimPlayer[], day: number): Promise<string> {
  const rows = await services.data.query<Row[]>(
    `SELECT id, reputation, ${FACTIONS.map((f) => `influence_${f}`).join(' + ')} AS influence FROM players ORDER BY id`,
  );
  const debts = await services.data.query<{ total: number | null }[]>(
    'SELECT SUM(debt) AS total FROM symposium_debts',
  );
  const rosters = await Promise.all(
    players.map(async (player) => (await employedBy(services.data, player.id)).length),
  );
  const debt = debts[0]?.total ?? 0;

  return [
    `day ${String(day).padStart(3)}`,
    `reputation min/mean/max ${summary(rows.map((row) => row.reputation))}`,
    `influence ${rows.map((row) => row.influence).join(' ')} (total ${rows.reduce((s, r) => s + r.influence, 0)})`,
    ...(debt > 0 ? [`debt ${debt}`] : []),
    `roster ${rosters.join(' ')}`,
  ].join(' | ');
}

async function main(): Promise<void> {
  const { players: count, days } = options();
  const folder = mkdtempSync(join(tmpdir(), 'great-work-simulate-'));
  const clock = new ManualClock(START);
  const game = await SandboxGame.start({
    databasePath: join(folder, 'game.sqlite'),
    clock,
    timers: false,
  });
  try {
    const services: Services = {
      recruitment: game.app.get(RecruitmentService),
      poaching: game.app.get(PoachingService),
      mentorship: game.app.get(MentorshipService),
      theories: game.app.get(TheoriesService),
      expeditions: game.app.get(ExpeditionsService),
      symposium: game.app.get(SymposiumService),
      data: game.app.get(DataSource),
    };
    const guildId = game.guild.id;
    const players: SimPlayer[] = [];
    for (let index = 0; index < count; index += 1) {
      const actor: Actor = {
        guildId,
        userId: String(800_000_000_000_000_000n + BigInt(index)),
        displayName: `Lead ${index + 1}`,
      };
      const { player } = await game.app.get(CampaignsService).enter(actor);
      players.push({ actor, strategy: STRATEGIES[index % STRATEGIES.length], id: player.id });
    }
    const campaignId = (
      await services.data.query<{ id: number }[]>('SELECT id FROM campaigns WHERE guild_id = ?', [
        guildId,
      ])
    )[0].id;
    console.log(
      `simulating ${count} players for ${days} days: ${players.map((p) => p.strategy).join(', ')}`,
    );

    for (let day = 1; day <= days; day += 1) {
      await playDay(services, players, campaignId, day);
      for (const hour of DIGEST_HOURS) {
        const at = new Date(START);
        at.setUTCDate(START.getUTCDate() + day - 1);
        at.setUTCHours(hour, 0, 0, 0);
        clock.set(at);
        await game.app.get(GazetteJobs).publishDue();
        await game.app.get(GazetteDeliveryService).deliverDue();
      }
      console.log(await report(services, players, day));
    }
  } finally {
    await game.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
