import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TABLES_PATH, loadExpeditionTables } from './expedition-tables';

describe('loadExpeditionTables', () => {
  let folder: string;
  const shipped = readFileSync(DEFAULT_TABLES_PATH, 'utf8');

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'great-work-tables-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  function rejectionOf(text: string): string {
    const path = join(folder, 'tables.yaml');
    writeFileSync(path, text);
    try {
      loadExpeditionTables(path);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('tables were accepted');
  }

  it('accepts the shipped tables', () => {
    const tables = loadExpeditionTables();
    expect(tables.sidecasts.map((entry) => entry.label)).toEqual([
      'Local Junior',
      'Archive Ghost',
      'Industry Whisperer',
      'Ecclesiastical Adept',
    ]);
    expect(tables.failures.major_sideways.some((e) => e.effect.id === 'new_theory')).toBe(true);
  });

  it('names the table whose weights miss 100', () => {
    const message = rejectionOf(
      shipped.replace(
        'weight: 40\n      effect: { id: none }',
        'weight: 41\n      effect: { id: none }',
      ),
    );
    expect(message).toContain('failures.nothing: weights sum to 101');
  });

  it('names the entry with an unknown effect id', () => {
    const message = rejectionOf(
      shipped.replace('effect: { id: grudge, amount: -2 }', 'effect: { id: curse }'),
    );
    expect(message).toContain('failures.funny_disaster.1');
    expect(message).toContain('(entry "burnt-tent")');
    expect(message).toContain('"effect.id" must be one of');
  });

  it('names the entry with a placeholder nobody fills', () => {
    const message = rejectionOf(
      shipped.replace('followed\n      {player}', 'followed\n      {patron}'),
    );
    expect(message).toContain(
      'sidecasts (entry "local-junior"): placeholder {patron} is never filled',
    );
  });

  it('names the file it cannot parse', () => {
    const message = rejectionOf('failures: [unclosed\n');
    expect(message).toContain(`Cannot read expedition tables ${join(folder, 'tables.yaml')}`);
  });
});
