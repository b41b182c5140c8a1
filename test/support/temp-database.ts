import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder for a test's SQLite file, removed by `cleanup`. */
export function tempDatabase(label: string): { path: string; cleanup: () => void } {
  const folder = mkdtempSync(join(tmpdir(), `great-work-${label}-`));

  return {
    path: join(folder, 'game.sqlite'),
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  };
}
