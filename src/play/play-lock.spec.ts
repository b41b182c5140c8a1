import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tempDatabase } from '../../test/support/temp-database';
import { acquireSessionLock, lockPathFor, SessionLockedError } from './play-lock';

/** Returns the id of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) {
    throw new Error('The child process did not start.');
  }

  return child.pid;
}

describe('acquireSessionLock', () => {
  let database: ReturnType<typeof tempDatabase>;

  beforeEach(() => {
    database = tempDatabase('play-lock');
  });

  afterEach(() => {
    database.cleanup();
  });

  it('writes this process id beside the database', () => {
    const lock = acquireSessionLock(database.path);

    expect(lock.path).toBe(`${database.path}.lock`);
    expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('rejects a second lock while the first is held', () => {
    const lock = acquireSessionLock(database.path);

    expect(() => acquireSessionLock(database.path)).toThrow(SessionLockedError);
    expect(() => acquireSessionLock(database.path)).toThrow(
      `Another session (process ${process.pid}) is playing this campaign in ${database.path}. Close it, or pass --database to play another.`,
    );
    expect(existsSync(lock.path)).toBe(true);
    lock.release();
  });

  it('removes the lock file on release', () => {
    const lock = acquireSessionLock(database.path);
    lock.release();
    lock.release();

    expect(existsSync(lock.path)).toBe(false);
    acquireSessionLock(database.path).release();
  });

  it('takes over a lock whose process has exited', () => {
    const path = lockPathFor(database.path);
    writeFileSync(path, `${deadPid()}\n`);

    const lock = acquireSessionLock(database.path);

    expect(readFileSync(path, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('rejects a fresh lock without a process id', () => {
    writeFileSync(lockPathFor(database.path), '');

    expect(() => acquireSessionLock(database.path)).toThrow(
      `Another session is playing this campaign in ${database.path}.`,
    );
  });

  it('takes over an old lock without a process id', () => {
    const path = lockPathFor(database.path);
    writeFileSync(path, 'garbage');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(path, minuteAgo, minuteAgo);

    acquireSessionLock(database.path).release();

    expect(existsSync(path)).toBe(false);
  });
});
