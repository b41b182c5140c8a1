import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FormErrors } from './sandbox-limits';
import type { FailureRule, SandboxAttachment } from './sandbox-types';

/** A Discord API error answered as `{ message, code, errors? }`. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FormErrors,
  ) {
    super(message);
  }

  static invalidFormBody(errors: FormErrors): RestError {
    return new RestError(400, 50035, 'Invalid Form Body', errors);
  }

  static notFound(what: string, code: number): RestError {
    return new RestError(404, code, `Unknown ${what}`);
  }
}

export interface SandboxRequest {
  method: string;
  /** Path below `/api/v10`, with each segment URL-decoded (`%40original` becomes `@original`). */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  authorization: string | undefined;
  body: Record<string, unknown>;
  files: SandboxAttachment[];
  requestBytes: number;
}

export interface SandboxResponse {
  status: number;
  body?: unknown;
}

export type RouteHandler = (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface Route {
  method: string;
  /** Template such as `/channels/:channel/messages`; also the name used in the request log. */
  template: string;
  /** Whether the route needs `Authorization: Bot <token>`; interaction callbacks and webhooks do not. */
  authenticated: boolean;
  handler: RouteHandler;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  keys: string[];
  bucket: string;
}

/** Matches decoded paths against route templates. */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(route: Route): void {
    const keys: string[] = [];
    const source = route.template.replace(/:(\w+)/g, (_match, key: string) => {
      keys.push(key);

      return '([^/]+)';
    });
    const bucket = Buffer.from(`${route.method} ${route.template}`).toString('hex').slice(-16);
    this.routes.push({ ...route, pattern: new RegExp(`^${source}$`), keys, bucket });
  }

  match(
    method: string,
    path: string,
  ): { route: CompiledRoute; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) {
        continue;
      }
      const match = route.pattern.exec(path);
      if (match) {
        const params: Record<string, string> = {};
        route.keys.forEach((key, index) => (params[key] = match[index + 1]));

        return { route, params };
      }
    }

    return undefined;
  }
}

export function decodePath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => decodeURIComponent(segment))
    .join('/');
}

export function readRawBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Parses a JSON body, or a multipart body with `payload_json` and `files[n]` parts as discord.js sends with files. */
export async function parseBody(
  contentType: string | undefined,
  raw: Buffer,
): Promise<{ body: Record<string, unknown>; files: SandboxAttachment[] }> {
  if (raw.length === 0) {
    return { body: {}, files: [] };
  }
  if (contentType?.startsWith('multipart/form-data')) {
    return parseMultipart(contentType, raw);
  }
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));

    return {
      body:
        typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {},
      files: [],
    };
  } catch {
    throw new RestError(400, 50109, 'The request body contains invalid JSON.');
  }
}

async function parseMultipart(
  contentType: string,
  raw: Buffer,
): Promise<{ body: Record<string, unknown>; files: SandboxAttachment[] }> {
  // Node's fetch Request parses multipart bodies, so no hand-written parser is needed.
  const form = await new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  const payload = form.get('payload_json');
  const body = typeof payload === 'string' ? (JSON.parse(payload) as Record<string, unknown>) : {};
  const files: SandboxAttachment[] = [];
  for (const [name, value] of form.entries()) {
    if (name.startsWith('files[') && typeof value !== 'string') {
      files.push({ filename: value.name, size: value.size });
    }
  }

  return { body, files };
}

/** Rate-limit headers of a successful response: the bucket always has requests left. */
export function rateLimitHeaders(bucket: string): Record<string, string> {
  return {
    'X-RateLimit-Limit': '50',
    'X-RateLimit-Remaining': '49',
    'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 1),
    'X-RateLimit-Reset-After': '1.000',
    'X-RateLimit-Bucket': bucket,
  };
}

/** Headers and body of a forced failure, shaped like Discord's 429 and 5xx answers. */
export function failureResponse(
  rule: FailureRule,
  bucket: string,
): { status: number; headers: Record<string, string>; body: unknown } {
  if (rule.status !== 429) {
    return {
      status: rule.status,
      headers: {},
      body: { message: `${rule.status}: Server Error`, code: 0 },
    };
  }

  const retryAfter = rule.retryAfterSeconds ?? 1;
  const headers: Record<string, string> = {
    'Retry-After': String(retryAfter),
    'X-RateLimit-Limit': '50',
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(Date.now() / 1000 + retryAfter),
    'X-RateLimit-Reset-After': String(retryAfter),
    'X-RateLimit-Bucket': bucket,
    'X-RateLimit-Scope': rule.global ? 'global' : 'user',
  };
  // discord.js treats a 429 as global whenever this header is present, whatever its value.
  if (rule.global) {
    headers['X-RateLimit-Global'] = 'true';
  }

  return {
    status: 429,
    headers,
    body: {
      message: 'You are being rate limited.',
      retry_after: retryAfter,
      global: rule.global ?? false,
    },
  };
}

/** Sends a JSON body, or no body for 204, and returns the number of body bytes written. */
export function writeJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): number {
  if (status === 204 || body === undefined) {
    response.writeHead(status === 200 ? 204 : status, headers);
    response.end();

    return 0;
  }
  const text = Buffer.from(JSON.stringify(body));
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': String(text.length),
  });
  response.end(text);

  return text.length;
}
