import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * Milliseconds during which a lock file without a readable process id is taken as being written
 * by the session that just created it, rather than as left behind.
 */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

/** Attempts at taking the lock, because a rival may remove the same stale lock at the same time. */
const MAX_LOCK_ATTEMPTS = 3;

/** Raised when another live session holds the lock on a campaign's database. */
export class SessionLockedError extends Error {
  constructor(
    readonly databasePath: string,
    readonly holderPid: number | undefined,
  ) {
    const holder =
      holderPid === undefined ? 'Another session' : `Another session (process ${holderPid})`;
    super(
      `${holder} is playing this campaign in ${databasePath}. Close it, or pass --database to play another.`,
    );
    this.name = 'SessionLockedError';
  }
}

/** A held session lock; `release` removes the lock file and may be called more than once. */
export interface SessionLock {
  readonly path: string;
  release(): void;
}

/** Path of the lock file beside a campaign's database. */
export function lockPathFor(databasePath: string): string {
  return `${databasePath}.lock`;
}

/**
 * Takes the lock on a campaign's database by creating `<database>.lock` exclusively, with this
 * process's id inside. A lock whose process no longer runs is stale and is taken over. Throws
 * SessionLockedError while a live process holds it. The lock file is also removed when the process
 * exits without calling `release`. A signal that kills the process leaves it, and the next
 * session finds it stale.
 */
export function acquireSessionLock(databasePath: string): SessionLock {
  const path = lockPathFor(databasePath);

  for (let attempt = 1; attempt <= MAX_LOCK_ATTEMPTS; attempt += 1) {
    if (tryCreateLock(path)) {
      return holdLock(path);
    }

    const holderPid = readHolderPid(path);
    if (holderPid === 'missing') {
      continue;
    }
    if (holderPid === undefined ? isRecent(path) : isProcessAlive(holderPid)) {
      throw new SessionLockedError(databasePath, holderPid);
    }
    rmSync(path, { force: true });
  }

  throw new SessionLockedError(databasePath, undefined);
}

/** Creates the lock file with this process's id; returns false when the file already exists. */
function tryCreateLock(path: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false;
    }
    throw error;
  }
  try {
    writeSync(descriptor, `${process.pid}\n`);
  } finally {
    closeSync(descriptor);
  }

  return true;
}

function holdLock(path: string): SessionLock {
  let isHeld = true;
  const removeOnExit = () => rmSync(path, { force: true });
  process.on('exit', removeOnExit);

  return {
    path,
    release: () => {
      if (isHeld) {
        isHeld = false;
        process.off('exit', removeOnExit);
        rmSync(path, { force: true });
      }
    },
  };
}

/** Returns the process id in a lock file, undefined when unreadable, or 'missing' when gone. */
function readHolderPid(path: string): number | undefined | 'missing' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return 'missing';
    }
    throw error;
  }
  const pid = Number(text.trim());

  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Checks whether a process runs by sending it signal 0. EPERM means it runs under another user.
 * NOTE: a process id reused by an unrelated program after a crash looks alive, so such a lock
 * must be removed by hand.
 */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function isRecent(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < UNREADABLE_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}
