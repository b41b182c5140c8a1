import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { requireExecutable } from './support/prometheus';

const ROOT = resolve(__dirname, '..');

interface Mount {
  source: string;
  target: string;
  isBind: boolean;
}

interface ComposeService {
  build?: { context: string };
  /** Short syntax as docker-compose 1.29 prints it: `source:target:mode`. */
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

function mountsOf(service: ComposeService): Mount[] {
  return (service.volumes ?? []).map((volume) => {
    const [source, target] = volume.split(':');
    return { source, target, isBind: source.startsWith('/') };
  });
}

/** Runs Debian's docker-compose (1.29), which validates and resolves the file without an engine. */
function composeConfig(env: Record<string, string>): { status: number | null; output: string } {
  const binary = requireExecutable('docker-compose', 'docker-compose');
  // Only PATH and the given variables count: no .env file or shell variable of the developer's.
  const folder = mkdtempSync(join(tmpdir(), 'compose-'));
  const emptyEnvFile = join(folder, 'empty.env');
  writeFileSync(emptyEnvFile, '');
  try {
    const result = spawnSync(
      binary,
      ['--project-directory', ROOT, '--env-file', emptyEnvFile, 'config'],
      { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } },
    );

    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('docker-compose.yml', () => {
  let services: Record<string, ComposeService>;

  beforeAll(() => {
    const resolved = composeConfig({ GRAFANA_ADMIN_PASSWORD: 'compose-test' });
    if (resolved.status !== 0) {
      throw new Error(
        `docker-compose config failed (exit ${resolved.status}):\n${resolved.output}`,
      );
    }
    services = (parse(resolved.output) as { services: Record<string, ComposeService> }).services;
  });

  it('defines the bot, Prometheus and Grafana', () => {
    expect(Object.keys(services).sort()).toEqual(['bot', 'grafana', 'prometheus']);
    expect(services.bot.build?.context).toBe(ROOT);
  });

  it('mounts only files that exist in the repository', () => {
    const binds = Object.values(services).flatMap((service) =>
      mountsOf(service).filter((mount) => mount.isBind),
    );

    expect(binds.length).toBeGreaterThanOrEqual(4);
    for (const bind of binds) {
      expect({ source: bind.source, exists: existsSync(bind.source) }).toEqual({
        source: bind.source,
        exists: true,
      });
      expect(bind.source.startsWith(ROOT)).toBe(true);
    }
    expect(binds.map((bind) => bind.source)).toEqual(
      expect.arrayContaining([
        join(ROOT, 'config/prometheus.yml'),
        join(ROOT, 'config/alerts.yml'),
        join(ROOT, 'grafana/provisioning'),
        join(ROOT, 'grafana/dashboards'),
      ]),
    );
  });

  it('keeps the database on a named volume', () => {
    const data = mountsOf(services.bot).find((mount) => mount.target === '/data');

    expect(data).toEqual({ source: 'bot-data', target: '/data', isBind: false });
  });

  it('gives every service a healthcheck', () => {
    const checks = Object.entries(services).map(([name, service]) => ({
      name,
      kind: service.healthcheck?.test?.[0],
    }));

    expect(checks).toEqual([
      { name: 'bot', kind: 'CMD' },
      { name: 'grafana', kind: 'CMD' },
      { name: 'prometheus', kind: 'CMD' },
    ]);
    expect(services.bot.healthcheck?.test.join(' ')).toContain('/health/ready');
  });

  it('starts Grafana after a healthy Prometheus', () => {
    expect(services.grafana.depends_on).toEqual({ prometheus: { condition: 'service_healthy' } });
  });

  it('rejects a start without a Grafana admin password', () => {
    const result = composeConfig({});

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('set GRAFANA_ADMIN_PASSWORD');
  });
});
