import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  RestError,
  decodePath,
  failureResponse,
  parseBody,
  rateLimitHeaders,
  readRawBody,
  writeJson,
  type Router,
} from './sandbox-http';
import type { FailureRule, RequestLogEntry, UnhandledRequest } from './sandbox-types';

const API_PREFIX = '/api/v10';

/** Entries kept in the request log; older ones are dropped so long benchmarks stay bounded. */
const MAX_LOG_ENTRIES = 100_000;

interface PendingFailure extends FailureRule {
  remaining: number;
}

/** The REST side of the sandbox: routing, token checks, forced failures and traffic accounting. */
export class SandboxRest {
  readonly requestLog: RequestLogEntry[] = [];
  readonly unhandledRequests: UnhandledRequest[] = [];
  private failures: PendingFailure[] = [];

  constructor(
    private readonly router: Router,
    private readonly token: string | undefined,
  ) {}

  /** Drops every forced failure that has not fired yet. */
  clearFailures(): void {
    this.failures = [];
  }

  failNext(rule: FailureRule): void {
    this.failures.push({ ...rule, remaining: rule.count ?? 1 });
  }

  resetStats(): void {
    this.requestLog.length = 0;
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const queryStart = url.indexOf('?');
    const rawPath = queryStart >= 0 ? url.slice(0, queryStart) : url;
    const raw = await readRawBody(request);
    const path = rawPath.startsWith(API_PREFIX)
      ? safeDecode(rawPath.slice(API_PREFIX.length))
      : undefined;
    const matched = path === undefined ? undefined : this.router.match(method, path);

    if (!matched || path === undefined) {
      this.unhandledRequests.push({ method, path: rawPath });
      this.finish(
        response,
        method,
        rawPath,
        raw.length,
        404,
        { message: '404: Not Found', code: 0 },
        {},
      );

      return;
    }

    const { route, params } = matched;
    const routeName = `${method} ${route.template}`;
    const failure = this.takeFailure(method, path);
    if (failure) {
      const forced = failureResponse(failure, route.bucket);
      this.finish(
        response,
        method,
        routeName,
        raw.length,
        forced.status,
        forced.body,
        forced.headers,
      );

      return;
    }

    const headers = rateLimitHeaders(route.bucket);
    if (route.authenticated && !this.isAuthorized(request.headers.authorization)) {
      this.finish(
        response,
        method,
        routeName,
        raw.length,
        401,
        { message: '401: Unauthorized', code: 0 },
        headers,
      );

      return;
    }

    try {
      const { body, files } = await parseBody(request.headers['content-type'], raw);
      const query = new URLSearchParams(queryStart >= 0 ? url.slice(queryStart + 1) : '');
      const result = await route.handler({
        method,
        path,
        params,
        query,
        authorization: request.headers.authorization,
        body,
        files,
        requestBytes: raw.length,
      });
      this.finish(response, method, routeName, raw.length, result.status, result.body, headers);
    } catch (error) {
      if (error instanceof RestError) {
        const body = {
          message: error.message,
          code: error.code,
          ...(error.errors ? { errors: error.errors } : {}),
        };
        this.finish(response, method, routeName, raw.length, error.status, body, headers);

        return;
      }
      // A crash in a handler is a sandbox bug: record it where tests look for trouble.
      this.unhandledRequests.push({ method, path: rawPath, error: String(error) });
      this.finish(
        response,
        method,
        routeName,
        raw.length,
        500,
        { message: '500: Internal Server Error', code: 0 },
        {},
      );
    }
  }

  private isAuthorized(authorization: string | undefined): boolean {
    if (this.token === undefined) {
      return authorization !== undefined && authorization.startsWith('Bot ');
    }

    return authorization === `Bot ${this.token}`;
  }

  private takeFailure(method: string, path: string): FailureRule | undefined {
    const index = this.failures.findIndex(
      (rule) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        rule.pathPattern.test(path),
    );
    if (index < 0) {
      return undefined;
    }
    const rule = this.failures[index];
    rule.remaining -= 1;
    if (rule.remaining <= 0) {
      this.failures.splice(index, 1);
    }

    return rule;
  }

  private finish(
    response: ServerResponse,
    method: string,
    route: string,
    requestBytes: number,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): void {
    const responseBytes = writeJson(response, status, body, headers);
    if (this.requestLog.length >= MAX_LOG_ENTRIES) {
      // Dropping a tenth at once keeps the cost of trimming low per request.
      this.requestLog.splice(0, MAX_LOG_ENTRIES / 10);
    }
    this.requestLog.push({
      method,
      route,
      status,
      requestBytes,
      responseBytes,
      at: performance.now(),
    });
  }
}

function safeDecode(path: string): string | undefined {
  try {
    return decodePath(path);
  } catch {
    return undefined;
  }
}
