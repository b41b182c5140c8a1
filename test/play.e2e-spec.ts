import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { Database } from 'sqlite3';
import { ManualClock } from '../src/common/clock';
import { runPlay } from '../src/play/run-play';
import { tempDatabase } from './support/temp-database';

/** Feeds `lines` to a terminal session over streams and returns everything it printed. */
async function playScript(databasePath: string, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  input.end(lines.map((line) => `${line}\n`).join(''));

  await runPlay({
    input,
    output,
    databasePath,
    // 10:00 UTC: the 13:00 and 21:00 editions fall within a 12-hour wait.
    clock: new ManualClock(new Date('2026-12-04T10:00:00Z')),
  });

  return Buffer.concat(chunks).toString('utf8');
}

function countTheories(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const database = new Database(path);
    database.get<{ n: number }>('SELECT COUNT(*) AS n FROM theories', (error, row) => {
      database.close();
      if (error) {
        reject(error);
      } else {
        resolve(row.n);
      }
    });
  });
}

/** Polls `isDone` every 50 ms, failing after 20 s. */
async function waitFor(isDone: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!isDone()) {
    if (Date.now() > deadline) {
      throw new Error('Timed out waiting for the session to start.');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Returns the output from the first line containing `start`, so checks see one exchange. */
function after(output: string, start: string): string {
  const index = output.indexOf(start);
  expect(index).toBeGreaterThanOrEqual(0);

  return output.slice(index);
}

describe('terminal client over streams', () => {
  let database: ReturnType<typeof tempDatabase>;

  beforeEach(() => {
    database = tempDatabase('play');
  });

  afterEach(() => {
    database.cleanup();
  });

  it('plays a session from piped lines', async () => {
    const output = await playScript(database.path, [
      '/status',
      'suggest /submit_theory claim:x confidence:suspect supporter1:',
      '/submit_theory claim:"The salt road ran north" confidence:suspect',
      'as bea',
      '/submit_theory claim:"@everyone look" confidence:certain',
      '/submit_theory confidence:nonsense',
      'as owner',
      '/gw_admin digest_now',
      'wait 12h',
      'gazette',
      'quit',
      '/status',
    ]);

    expect(output).toContain('Campaign channels saved.');
    expect(output).toContain('[private reply, only you see it]\n  Standing of ada');
    expect(output).toMatch(/Suggestions for supporter1[^\n]*\n {2}\S[^\n]* => \d+\n/);
    expect(output).toMatch(/\[public reply\]\n {2}No\. 1 · Academic Bulletin No\. 1 — ada/);
    expect(output).toContain('“The salt road ran north”');
    expect(output).toContain('New player; acting as bea.');
    expect(output).toMatch(/\[public reply\]\n {2}No\. 2 · Academic Bulletin No\. 2 — bea/);
    // The bot breaks the mention with a zero-width space, so no member is notified.
    expect(output).not.toContain('“@everyone look”');
    expect(output).toContain('“@\u200beveryone look”');
    expect(output).toContain(
      'Option confidence takes one of: suspect, certain, stake_my_career. "nonsense" is not among them.',
    );
    expect(output).toContain('/submit_theory needs the option claim.');
    expect(output).toContain('Acting as dean (server owner, Manage Server).');
    expect(output).toMatch(/Edition of year 1920 published with 2 item\(s\)/);

    const waited = after(output, 'The clock reads 2026-12-04 22:00 UTC.');
    expect(waited).toContain('── #gazette post 1 of 3 ──');
    expect(waited).toContain('── #gazette post 3 of 3 ──');
    expect(waited).toContain('The Great Work Gazette — 4 Dec 1920, 13:00 UTC');
    expect(waited).toContain('The Great Work Gazette — 4 Dec 1920, 21:00 UTC');
    expect(after(waited, '── #gazette post 1 of 3 ──')).toMatch(/Academic Bulletin No\. 2/);
    expect(after(waited, '3 of 3 ──')).toContain('No new Gazette posts.');

    expect(output).toMatch(/Session ended\. The campaign is saved in .*game\.sqlite\.\n$/);
    expect(output.match(/Standing of ada/g)).toHaveLength(1);
    expect(await countTheories(database.path)).toBe(2);
  });

  it('answers bad input with hints and ends at end of input', async () => {
    const output = await playScript(database.path, [
      'hello',
      '/status "open',
      '/nope',
      '/gw_admin',
      '/gw_admin digest_now',
      'wait soon',
      'wait 12',
      'wait 0',
      `${'y'.repeat(2_000_000)}`,
      'as Wren',
      'players',
    ]);

    expect(output).toContain('Unknown input "hello". Slash commands start with /.');
    expect(output).toContain('Unterminated quote: close the value with a second "');
    expect(output).toMatch(/Unknown command \/nope\. Commands: \/[a-z_]+/);
    expect(output).toMatch(/\/gw_admin needs a subcommand: [a-z_,\s]*digest_now/);
    expect(output).toContain('Only members with the Manage Server permission can use /gw_admin.');
    expect(output).toContain('Give a duration in minutes, hours or days');
    expect(output).toContain('Give a unit: wait 12h, wait 30m or wait 2d');
    expect(output).toContain('A duration must be positive, as in: wait 30m');
    expect(output).toContain(`Unknown input "${'y'.repeat(59)}…".`);
    expect(output).not.toContain('y'.repeat(61));
    expect(output).toContain('  dean (server owner, also "as owner")\n  ada\n  Wren (current)\n');
    expect(output).toMatch(/Session ended\./);
    expect(await countTheories(database.path)).toBe(0);
  });

  it('resumes the campaign in the same file', async () => {
    await playScript(database.path, [
      '/submit_theory claim:"Bronze bells were tuned to the solstice" confidence:certain',
    ]);

    const output = await playScript(database.path, ['/status']);

    expect(output).toContain('(resumed)');
    expect(output).toMatch(/Open theories \(1\):/);
    expect(await countTheories(database.path)).toBe(1);
  });

  it('resumes the clock where a wait left it', async () => {
    await playScript(database.path, ['wait 30m']);

    const output = await playScript(database.path, ['quit']);

    expect(output).toContain(
      'The clock resumes where the last session left it, which is later than now.',
    );
    expect(output).toContain('The clock reads 2026-12-04 10:30 UTC and moves only');
  });

  it('rejects a second session on the same database', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const first = runPlay({
      input,
      output,
      databasePath: database.path,
      clock: new ManualClock(new Date('2026-12-04T10:00:00Z')),
    });
    await waitFor(() => printed.includes('You act as ada'));

    const secondOutput = new PassThrough();
    const secondInput = new PassThrough();
    secondInput.end('/submit_theory claim:"Second session" confidence:suspect\n');
    await expect(
      runPlay({ input: secondInput, output: secondOutput, databasePath: database.path }),
    ).rejects.toThrow(
      `Another session (process ${process.pid}) is playing this campaign in ${database.path}. Close it, or pass --database to play another.`,
    );
    expect(secondOutput.read()).toBeNull();

    input.end('/submit_theory claim:"First session" confidence:suspect\n/status\n');
    await first;

    expect(printed).toContain('“First session”');
    expect(printed).toContain('Standing of ada');
    expect(printed).not.toMatch(/SQLITE_BUSY|database is locked/);
    expect(await countTheories(database.path)).toBe(1);
    expect(existsSync(`${database.path}.lock`)).toBe(false);
  });
});
