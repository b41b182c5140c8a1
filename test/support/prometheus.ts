import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Returns the absolute path of `name` on PATH, or throws naming the Debian package that provides
 * it (`prometheus` unless given).
 */
export function requireExecutable(name: string, debianPackage = 'prometheus'): string {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder; try the next one.
    }
  }
  throw new Error(
    `${name} is not on PATH. Install the Debian package "${debianPackage}" ` +
      `(apt-get install -y ${debianPackage}), which provides it.`,
  );
}

/** Runs promtool with `args` and returns its combined output; throws if it exits non-zero. */
export function runPromtool(args: string[]): string {
  const result = spawnSync(requireExecutable('promtool'), args, { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    throw new Error(`promtool ${args.join(' ')} failed (exit ${result.status}):\n${output}`);
  }

  return output;
}

/** A free TCP port on 127.0.0.1, released before returning, so a server can bind it next. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));

  return port;
}

export interface PromQueryResult {
  resultType: string;
  result: unknown[];
}

/** A Prometheus server started for one test run on 127.0.0.1, with its own storage folder. */
export class PrometheusServer {
  private constructor(
    readonly url: string,
    private readonly process: ChildProcess,
    private readonly folder: string,
    private readonly output: string[],
  ) {}

  /**
   * Starts Prometheus scraping `target` (host:port) every second under the job `jobName`, and
   * waits until it answers its readiness endpoint.
   */
  static async start(options: { target: string; jobName: string }): Promise<PrometheusServer> {
    const binary = requireExecutable('prometheus');
    const folder = mkdtempSync(join(tmpdir(), 'great-work-prometheus-'));
    const configPath = join(folder, 'prometheus.yml');
    writeFileSync(
      configPath,
      [
        'global:',
        '  scrape_interval: 1s',
        '  evaluation_interval: 1s',
        'scrape_configs:',
        `  - job_name: ${options.jobName}`,
        '    metrics_path: /metrics',
        '    static_configs:',
        `      - targets: ['${options.target}']`,
        '',
      ].join('\n'),
    );
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(
      binary,
      [
        `--config.file=${configPath}`,
        `--storage.tsdb.path=${join(folder, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const server = new PrometheusServer(`http://127.0.0.1:${port}`, child, folder, output);
    await server.waitUntilReady();

    return server;
  }

  /** Resolves once Prometheus has scraped the target `count` times with `up == 1`. */
  async waitForScrapes(count: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { result } = await this.query('count_over_time(up[1m]) and up == 1');
      const [sample] = result as { value: [number, string] }[];
      if (sample && Number(sample.value[1]) >= count) {
        return;
      }
      await sleep(250);
    }
    throw new Error(`Prometheus did not scrape the service ${count} times within ${timeoutMs} ms`);
  }

  /** Runs an instant query; throws with Prometheus's error text if the query is invalid. */
  async query(expression: string): Promise<PromQueryResult> {
    const response = await fetch(`${this.url}/api/v1/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: expression }).toString(),
    });
    const body = (await response.json()) as {
      status: string;
      data?: PromQueryResult;
      error?: string;
    };
    if (body.status !== 'success' || !body.data) {
      throw new Error(`invalid query ${JSON.stringify(expression)}: ${body.error ?? 'no data'}`);
    }

    return body.data;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      this.process.kill('SIGTERM');
      await exited;
    }
    rmSync(this.folder, { recursive: true, force: true });
  }

  private async waitUntilReady(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) {
        break;
      }
      try {
        if ((await fetch(`${this.url}/-/ready`)).ok) {
          return;
        }
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    await this.stop();
    throw new Error(`Prometheus did not become ready:\n${this.output.join('').slice(-2000)}`);
  }
}
