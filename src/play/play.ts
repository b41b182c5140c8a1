import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SessionLockedError } from './play-lock';
import { runPlay } from './run-play';

const USAGE = `Usage: node dist/play/play.js [--database PATH] [--fresh] [--player NAME] [--verbose]

Plays The Great Work from the terminal, as any player, on a local Discord-compatible server.
  --database PATH  SQLite file of the campaign (default play.sqlite); an existing one is resumed
  --fresh          delete the database file first and start a new campaign
  --player NAME    the player who acts first (default ada)
  --verbose        show all service log lines, not only warnings and errors
Lines can also be piped in, one per line; type help inside for the commands.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'play.sqlite' },
      fresh: { type: 'boolean', default: false },
      player: { type: 'string', default: 'ada' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  await runPlay({
    input: process.stdin,
    output: process.stdout,
    databasePath: resolve(values.database),
    fresh: values.fresh,
    verbose: values.verbose,
    firstPlayer: values.player,
  });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // A locked campaign is no usage mistake, so the usage text would only hide the message.
  const usage = error instanceof SessionLockedError ? '' : `${USAGE}\n`;
  process.stderr.write(`The Great Work failed: ${message}\n${usage}`);
  process.exitCode = 1;
});
