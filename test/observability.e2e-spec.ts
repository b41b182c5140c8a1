import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { startSandboxWorld } from '../src/sandbox/sandbox-bootstrap';
import { SandboxGame } from '../src/sandbox/sandbox-game';
import { freePort, PrometheusServer, requireExecutable, runPromtool } from './support/prometheus';
import { tempDatabase } from './support/temp-database';

const ROOT = join(__dirname, '..');
const JOB_NAME = 'great-work';

interface DashboardPanel {
  title?: string;
  type?: string;
  targets?: { expr?: string; refId?: string }[];
  panels?: DashboardPanel[];
}

interface Dashboard {
  panels: DashboardPanel[];
  annotations: { list: { name: string; expr?: string }[] };
}

interface AlertRules {
  groups: { rules: { alert: string; expr: string }[] }[];
}

/** Replaces Grafana's interval variables with fixed durations that Prometheus accepts. */
function toPromQL(expression: string): string {
  return expression
    .replace(/\$__rate_interval|\$\{__rate_interval\}/g, '1m')
    .replace(/\$__interval|\$\{__interval\}/g, '15s')
    .replace(/\$\{?datasource\}?/g, 'prometheus');
}

function panelQueries(panels: DashboardPanel[]): { name: string; expr: string }[] {
  return panels.flatMap((panel) => [
    ...(panel.targets ?? [])
      .filter((target) => target.expr)
      .map((target) => ({ name: `${panel.title} (${target.refId})`, expr: target.expr! })),
    ...panelQueries(panel.panels ?? []),
  ]);
}

function readDashboard(): Dashboard {
  return JSON.parse(
    readFileSync(join(ROOT, 'grafana/dashboards/great-work.json'), 'utf8'),
  ) as Dashboard;
}

/** Value of one sample in a Prometheus text exposition, or undefined when absent. */
function sampleValue(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));

  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function waitForStatus(url: string, status: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (last === status) {
      return;
    }
    await sleep(50);
  }
  throw new Error(`${url} answered ${last}, not ${status}, within ${timeoutMs} ms`);
}

describe('metrics, dashboard and alerts', () => {
  let database: ReturnType<typeof tempDatabase>;
  let game: SandboxGame;
  let prometheus: PrometheusServer | undefined;
  let baseUrl: string;

  beforeAll(async () => {
    requireExecutable('prometheus');
    requireExecutable('promtool');
    database = tempDatabase('observability');
    game = await SandboxGame.start({ databasePath: database.path, timers: true });
    baseUrl = (await game.app.getUrl()).replace('[::1]', '127.0.0.1');

    const ada = game.addPlayer('ada');
    await game.command(ada, { name: 'status' });
    await game.command(ada, {
      name: 'submit_theory',
      options: { claim: 'The lighthouse was lit by mirrors alone.', confidence: 'suspect' },
    });
    await game.command(ada, {
      name: 'submit_theory',
      options: { claim: 'short', confidence: 'suspect' },
    });
    await game.command(game.world.owner, { name: 'gw_admin', subcommand: 'digest_now' });
    await game.sandbox.waitForMessages(game.channel('gazette'), 1, 10_000);
    // Queued after the digest, so it waits for the next one as a pending order.
    const [scholar] = await game.app
      .get(DataSource)
      .query<{ id: number }[]>(
        'SELECT id FROM scholars WHERE employer_id IS NULL ORDER BY id LIMIT 1',
      );
    await game.command(ada, {
      name: 'launch_expedition',
      options: {
        type: 'think_tank',
        objective: 'Read the tide tables of the drowned port.',
        team1: String(scholar.id),
        discipline: 'Archaeology',
        confidence: 'suspect',
      },
    });

    const { port } = new URL(baseUrl);
    prometheus = await PrometheusServer.start({ target: `127.0.0.1:${port}`, jobName: JOB_NAME });
    await prometheus.waitForScrapes(3);
  });

  afterAll(async () => {
    await prometheus?.stop();
    await game?.stop();
    database?.cleanup();
  });

  it('exposes the catalogue with the driven events counted', async () => {
    const text = await (await fetch(`${baseUrl}/metrics`)).text();

    expect(sampleValue(text, 'greatwork_interaction_ack_seconds_count{command="status"}')).toBe(1);
    expect(
      sampleValue(text, 'greatwork_interaction_ack_seconds_count{command="submit_theory"}'),
    ).toBe(2);
    expect(
      sampleValue(
        text,
        'greatwork_command_duration_seconds_count{command="submit_theory",outcome="rejected"}',
      ),
    ).toBe(1);
    expect(sampleValue(text, 'greatwork_digest_duration_seconds_count')).toBe(1);
    expect(sampleValue(text, 'greatwork_editions_total{kind="extra",status="published"}')).toBe(1);
    expect(sampleValue(text, 'greatwork_gazette_posts_total{result="sent"}')).toBeGreaterThan(0);
    expect(sampleValue(text, 'greatwork_gazette_queue_depth')).toBe(0);
    expect(sampleValue(text, 'greatwork_pending_orders{kind="expedition"}')).toBe(1);
    expect(sampleValue(text, 'greatwork_pending_orders{kind="conference"}')).toBe(0);
    expect(sampleValue(text, 'greatwork_pending_orders{kind="poaching_offer"}')).toBe(0);
    expect(sampleValue(text, 'greatwork_last_edition_timestamp_seconds')).toBeGreaterThan(
      Date.now() / 1000 - 600,
    );
    expect(
      sampleValue(
        text,
        'greatwork_discord_rest_requests_total{route="interactions/callback",method="POST",status="204"}',
      ),
    ).toBe(5);
    expect(
      sampleValue(
        text,
        'greatwork_discord_rest_requests_total{route="channels/messages",method="POST",status="200"}',
      ),
    ).toBeGreaterThan(0);
    expect(sampleValue(text, 'greatwork_discord_rate_limits_total{scope="global"}')).toBe(0);
    expect(sampleValue(text, 'greatwork_discord_rest_queue_depth')).toBe(0);
    expect(sampleValue(text, 'greatwork_gateway_status')).toBe(1);
    expect(
      sampleValue(text, 'greatwork_db_query_duration_seconds_count{operation="select"}'),
    ).toBeGreaterThan(0);
    expect(
      sampleValue(text, 'greatwork_db_query_duration_seconds_count{operation="transaction"}'),
    ).toBeGreaterThan(0);
    expect(sampleValue(text, 'greatwork_db_file_bytes')).toBeGreaterThan(0);
    expect(sampleValue(text, 'greatwork_llm_tokens_total{kind="prompt"}')).toBe(0);
    expect(sampleValue(text, 'greatwork_llm_requests_total{outcome="ok"}')).toBe(0);
    expect(sampleValue(text, 'greatwork_llm_request_duration_seconds_count')).toBe(0);
    expect(sampleValue(text, 'greatwork_llm_fallbacks_total{reason="timeout"}')).toBe(0);
    expect(sampleValue(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('answers every dashboard panel query with series', async () => {
    const queries = panelQueries(readDashboard().panels);
    expect(queries.length).toBeGreaterThan(20);

    const empty: string[] = [];
    for (const { name, expr } of queries) {
      const { result } = await prometheus!.query(toPromQL(expr));
      if (result.length === 0) {
        empty.push(`${name}: ${expr}`);
      }
    }

    expect(empty).toEqual([]);
  });

  it('accepts the dashboard annotation queries', async () => {
    const annotations = readDashboard().annotations.list.filter((annotation) => annotation.expr);
    expect(annotations.map((annotation) => annotation.name)).toContain('Restarts');

    for (const annotation of annotations) {
      await expect(prometheus!.query(toPromQL(annotation.expr!))).resolves.toBeDefined();
    }
  });

  it('evaluates every alert rule expression', async () => {
    const rules = (
      parse(readFileSync(join(ROOT, 'config/alerts.yml'), 'utf8')) as AlertRules
    ).groups.flatMap((group) => group.rules);
    expect(rules.length).toBeGreaterThan(5);

    for (const rule of rules) {
      await expect(prometheus!.query(rule.expr)).resolves.toBeDefined();
    }
    // Nothing is wrong in this run, so these alerts stay quiet. Memory is not among them: the
    // service runs inside the Jest process here.
    const quiet = ['GreatWorkDown', 'GreatWorkGatewayDisconnected', 'GreatWorkSlowAcknowledgement'];
    for (const rule of rules.filter((candidate) => quiet.includes(candidate.alert))) {
      expect({ alert: rule.alert, ...(await prometheus!.query(rule.expr)) }).toMatchObject({
        alert: rule.alert,
        result: [],
      });
    }
  });

  it('passes promtool on the compose config and the rules', () => {
    const folder = dirname(database.path);
    const configCopy = join(folder, 'prometheus.yml');
    copyFileSync(join(ROOT, 'config/prometheus.yml'), configCopy);
    // The compose file mounts the rules at /etc/prometheus; point the copy at the repository's.
    writeFileSync(
      configCopy,
      readFileSync(configCopy, 'utf8').replace(
        '/etc/prometheus/alerts.yml',
        join(ROOT, 'config/alerts.yml'),
      ),
    );

    expect(runPromtool(['check', 'config', configCopy])).toContain('SUCCESS');
    expect(runPromtool(['check', 'rules', join(ROOT, 'config/alerts.yml')])).toContain('SUCCESS');
  });
});

describe('readiness probe', () => {
  let database: ReturnType<typeof tempDatabase>;
  let game: SandboxGame;
  let baseUrl: string;

  beforeAll(async () => {
    database = tempDatabase('readiness');
    // A fixed port lets the sandbox stop and start again where the bot expects it.
    const world = await startSandboxWorld(await freePort());
    game = await SandboxGame.start({ databasePath: database.path, timers: false, world });
    baseUrl = (await game.app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await game?.stop();
    database?.cleanup();
  });

  it('reports ready with every check listed', async () => {
    const response = await fetch(`${baseUrl}/health/ready`);
    const body = (await response.json()) as { info: Record<string, { status: string }> };

    expect(response.status).toBe(200);
    expect(Object.keys(body.info).sort()).toEqual([
      'database',
      'database_writable',
      'discord_gateway',
      'language_model',
      'migrations',
    ]);
  });

  it('turns unready while the database cannot be written', async () => {
    // Tests run as root, where mode bits do not stop writes; the immutable attribute does.
    const folder = dirname(database.path);
    const paths = [database.path, `${database.path}-wal`, folder].filter((path) =>
      existsSync(path),
    );
    const chattr = (flag: string) => spawnSync('chattr', [flag, ...paths], { encoding: 'utf8' });
    const locked = chattr('+i');
    if (locked.status !== 0) {
      throw new Error(`chattr +i failed on ${tmpdir()}: ${locked.stderr || String(locked.error)}`);
    }
    try {
      const ready = await fetch(`${baseUrl}/health/ready`);
      const body = (await ready.json()) as { error: Record<string, { status: string }> };
      const live = await fetch(`${baseUrl}/health`);

      expect(ready.status).toBe(503);
      expect(Object.keys(body.error)).toEqual(['database_writable']);
      expect(live.status).toBe(200);
    } finally {
      chattr('-i');
    }

    expect((await fetch(`${baseUrl}/health/ready`)).status).toBe(200);
  });

  it('turns unready while the gateway is down', async () => {
    await game.sandbox.stop();
    await waitForStatus(`${baseUrl}/health/ready`, 503);
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);

    await game.sandbox.start();
    await waitForStatus(`${baseUrl}/health/ready`, 200, 40_000);
    const reply = await game.command(game.world.owner, { name: 'status' });
    expect(reply.embeds[0].title).toBe('Standing of dean');
  });
});
