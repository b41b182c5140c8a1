import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** Path of the file beside a campaign's database that keeps the session clock between runs. */
export function savedClockPathFor(databasePath: string): string {
  return `${databasePath}.clock`;
}

/**
 * Reads the clock saved by an earlier session. Returns undefined when there is no file, and
 * 'invalid' when its text is not an ISO 8601 time.
 */
export function readSavedClock(databasePath: string): Date | undefined | 'invalid' {
  let text: string;
  try {
    text = readFileSync(savedClockPathFor(databasePath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw error;
  }
  const at = new Date(text.trim());

  return Number.isNaN(at.getTime()) ? 'invalid' : at;
}

/** Writes the session clock through a temporary file and a rename, so a crash leaves no half. */
export function writeSavedClock(databasePath: string, at: Date): void {
  const path = savedClockPathFor(databasePath);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${at.toISOString()}\n`);
  renameSync(temporary, path);
}

export function removeSavedClock(databasePath: string): void {
  rmSync(savedClockPathFor(databasePath), { force: true });
}
