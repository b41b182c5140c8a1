import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every platform Node supports. */
const TICKS_PER_SECOND = 100;

/** Resource readings of a process at one instant. */
export interface ProcessSample {
  at: number;
  rssBytes: number;
  cpuSeconds: number;
}

/** Returns a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('could not read a free port');
  }

  return address.port;
}

/**
 * The production build of the service in its own process, so its latency, memory and CPU are
 * measured apart from the benchmark's load generator.
 */
export class ServiceProcess {
  private exitCode: number | null = null;
  private readonly stderr: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly httpPort: number,
  ) {
    child.on('exit', (code) => {
      this.exitCode = code ?? -1;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr.push(chunk.toString());
      if (this.stderr.length > 200) {
        this.stderr.shift();
      }
    });
  }

  /** Starts `dist/main.js` with the given environment and waits until it reports ready. */
  static async start(env: Record<string, string>): Promise<ServiceProcess> {
    const httpPort = await freePort();
    // For profiling the service, e.g. BENCH_SERVICE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp".
    const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, join(__dirname, '..', 'main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(httpPort),
        // The benchmark compares drivers through the same service: DATABASE_DRIVER=better-sqlite3.
        ...(process.env.DATABASE_DRIVER ? { DATABASE_DRIVER: process.env.DATABASE_DRIVER } : {}),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const service = new ServiceProcess(child, httpPort);
    await service.waitUntilReady();

    return service;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get hasExited(): boolean {
    return this.exitCode !== null;
  }

  get url(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  /** Reads resident memory and total CPU time from /proc. */
  sample(): ProcessSample {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const rssKilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    // Fields after the command name, which is in parentheses and may contain spaces.
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);

    return {
      at: performance.now(),
      rssBytes: rssKilobytes * 1024,
      cpuSeconds: ticks / TICKS_PER_SECOND,
    };
  }

  /** Fetches the Prometheus text exposition of the service. */
  async scrapeMetrics(): Promise<string> {
    const response = await fetch(`${this.url}/metrics`);

    return response.text();
  }

  async stop(): Promise<void> {
    if (this.hasExited) {
      return;
    }
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
    if (timedOut) {
      this.child.kill('SIGKILL');
      await exited;
    }
  }

  /** The last lines the service wrote to stderr, for error reports. */
  recentErrors(): string {
    return this.stderr.join('').split('\n').slice(-30).join('\n');
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.hasExited) {
        throw new Error(`the service exited during start:\n${this.recentErrors()}`);
      }
      const ready = await fetch(`${this.url}/health/ready`)
        .then((response) => response.ok)
        .catch(() => false);
      const legacyReady = ready
        ? true
        : await fetch(`${this.url}/health`)
            .then(async (response) => response.ok && (await response.text()).includes('Ready'))
            .catch(() => false);
      if (ready || legacyReady) {
        return;
      }
      await sleep(50);
    }
    throw new Error('the service was not ready within 60 s');
  }
}

/** Parses cumulative histogram buckets of one metric from Prometheus text, summed over labels. */
export function parseHistogramBuckets(
  text: string,
  metric: string,
  labelFilter: (labels: string) => boolean = () => true,
): { le: number; count: number }[] {
  const totals = new Map<number, number>();
  const pattern = new RegExp(`^${metric}_bucket\\{(.*)\\} (\\S+)$`);
  for (const line of text.split('\n')) {
    const match = pattern.exec(line);
    if (!match || !labelFilter(match[1])) {
      continue;
    }
    const le = /le="([^"]+)"/.exec(match[1])?.[1];
    const bound = le === '+Inf' ? Infinity : Number(le);
    totals.set(bound, (totals.get(bound) ?? 0) + Number(match[2]));
  }

  return [...totals.entries()].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
}
