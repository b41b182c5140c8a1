import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { existsSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { SandboxGame } from '../sandbox/sandbox-game';
import { startSandboxWorld } from '../sandbox/sandbox-bootstrap';
import { acquireSessionLock } from './play-lock';
import { DEFAULT_WIDTH, formatUtc } from './play-render';
import { readSavedClock, removeSavedClock, writeSavedClock } from './play-saved-clock';
import { HELP_TEXT, PlaySession } from './play-session';

/** Options for {@link runPlay}. */
export interface PlayOptions {
  /** Lines typed by the player, such as process.stdin or a test's PassThrough stream. */
  input: Readable;
  /** Stream that receives replies and Gazette posts, such as process.stdout. */
  output: Writable;
  /** The campaign's SQLite file; an existing one is resumed. */
  databasePath: string;
  /** Deletes the database file first, so the campaign starts over. */
  fresh?: boolean;
  /** Shows the service's log lines below warn too. */
  verbose?: boolean;
  /** The game clock; default a hand-moved clock at the current time. */
  clock?: ManualClock;
  /** The player who acts first; default ada. */
  firstPlayer?: string;
}

const QUIET_LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn'];
const VERBOSE_LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Narrowest wrap width, so a tiny terminal still gets readable lines. */
const MIN_WIDTH = 40;

/**
 * Starts the game on a local Discord-compatible server and plays it from `input` line by line,
 * writing to `output`, until `quit` or the end of input. Resolves after the service and the
 * sandbox have stopped. The prompt is printed only when both streams are terminals, so piped
 * input gives a plain transcript. Throws SessionLockedError, before printing anything, while
 * another session plays the same database.
 */
export async function runPlay(options: PlayOptions): Promise<void> {
  const lock = acquireSessionLock(options.databasePath);
  try {
    await playCampaign(options);
  } finally {
    lock.release();
  }
}

async function playCampaign(options: PlayOptions): Promise<void> {
  const write = (line: string) => void options.output.write(`${line}\n`);
  const clock = options.clock ?? new ManualClock(new Date());
  const isNew = options.fresh === true || !existsSync(options.databasePath);
  if (options.fresh) {
    removeDatabase(options.databasePath);
  }
  if (isNew) {
    removeSavedClock(options.databasePath);
  }

  write('The Great Work, played from the terminal on a local Discord-compatible server.');
  write('Starting the service...');
  const game = await startGame(options, clock);
  const saveClock = () => writeSavedClock(options.databasePath, clock.now());
  try {
    const resumeNotes = await resumeClock(game, clock, options.databasePath);
    const session = new PlaySession(
      game,
      clock,
      write,
      outputWidth(options.output),
      options.firstPlayer ?? 'ada',
      saveClock,
    );
    if (await needsSetup(game)) {
      await session.runAsOwner({ name: 'gw_admin', subcommand: 'setup', options: {} });
    }

    write('');
    write(`Campaign database: ${options.databasePath} (${isNew ? 'new' : 'resumed'}).`);
    resumeNotes.forEach((note) => write(note));
    write(`The clock reads ${formatUtc(clock.now())} and moves only when you type wait.`);
    write(`You act as ${session.playerName}; type "as NAME" to act as another player.`);
    HELP_TEXT.forEach((line) => write(line));
    await readLines(options, session);
  } finally {
    try {
      saveClock();
    } catch (error) {
      write(`Failed to save the clock beside ${options.databasePath}: ${(error as Error).message}`);
    }
    await game.stop();
  }
  write(`Session ended. The campaign is saved in ${options.databasePath}.`);
}

async function startGame(options: PlayOptions, clock: ManualClock): Promise<SandboxGame> {
  // Stable ids give the server and its channels the same ids on every start, so a later
  // session finds the campaign in the same database.
  const world = await startSandboxWorld(0, { stableIds: true });
  const logger = new ConsoleLogger('GreatWork', {
    logLevels: options.verbose ? VERBOSE_LOG_LEVELS : QUIET_LOG_LEVELS,
  });
  try {
    return await SandboxGame.start({
      databasePath: options.databasePath,
      clock,
      timers: false,
      world,
      logger,
    });
  } catch (error) {
    await world.sandbox.stop();
    throw error;
  }
}

/** Plays each input line in turn until `quit`, the end of input or Ctrl-C. */
async function readLines(options: PlayOptions, session: PlaySession): Promise<void> {
  const isInteractive = isTerminal(options.input) && isTerminal(options.output);
  const lines = createInterface({
    input: options.input,
    output: isInteractive ? options.output : undefined,
    terminal: isInteractive,
  });
  lines.on('SIGINT', () => lines.close());
  const prompt = () => {
    if (isInteractive) {
      lines.setPrompt(`${session.playerName}> `);
      lines.prompt();
    }
  };

  prompt();
  for await (const line of lines) {
    if ((await session.handleLine(line)) === 'quit') {
      break;
    }
    prompt();
  }
  lines.close();
}

/**
 * Moves the clock forward to the latest of the clock saved by an earlier session and the latest
 * event in the database, when that is later than the current time, so the campaign's time never
 * runs backwards. Returns the lines that explain a move or an unreadable saved clock.
 */
async function resumeClock(
  game: SandboxGame,
  clock: ManualClock,
  databasePath: string,
): Promise<string[]> {
  const notes: string[] = [];
  const saved = readSavedClock(databasePath);
  if (saved === 'invalid') {
    notes.push(`The saved clock beside ${databasePath} is not a valid time, so it is ignored.`);
  }
  const savedAt = saved instanceof Date ? saved : undefined;
  const latestEvent = await latestEventTime(game);

  if (savedAt && savedAt > clock.now() && (!latestEvent || savedAt >= latestEvent)) {
    clock.set(savedAt);
    notes.push('The clock resumes where the last session left it, which is later than now.');
  } else if (latestEvent && latestEvent > clock.now()) {
    clock.set(latestEvent);
    notes.push("The clock resumes at the campaign's latest event, which is later than now.");
  }

  return notes;
}

async function latestEventTime(game: SandboxGame): Promise<Date | undefined> {
  const [row] = await game.app
    .get(DataSource)
    .query<{ latest: string | null }[]>('SELECT MAX(at) AS latest FROM game_events');

  // TypeORM stores SQLite datetimes in UTC as "YYYY-MM-DD HH:MM:SS.SSS".
  return row?.latest ? new Date(`${row.latest.replace(' ', 'T')}Z`) : undefined;
}

/** Returns true until the campaign has a Gazette channel, which `/gw_admin setup` chooses. */
async function needsSetup(game: SandboxGame): Promise<boolean> {
  const [campaign] = await game.app
    .get(DataSource)
    .query<{ channel: string | null }[]>('SELECT gazette_channel_id AS channel FROM campaigns');

  return !campaign?.channel;
}

function removeDatabase(path: string): void {
  // With write-ahead logging SQLite keeps recent writes beside the file until a checkpoint.
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    rmSync(file, { force: true });
  }
}

function isTerminal(stream: Readable | Writable): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

function outputWidth(output: Writable): number {
  const columns = (output as { columns?: number }).columns;

  return isTerminal(output) && columns ? Math.max(MIN_WIDTH, columns - 1) : DEFAULT_WIDTH;
}
