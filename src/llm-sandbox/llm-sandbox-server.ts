import { countTokens } from 'gpt-tokenizer/cjs/encoding/o200k_base';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { countChatTokens, type ChatMessage } from '../narration/llm-budget';
import { DATA_BLOCK_LABEL } from '../narration/llm-prompts';

/** The parts of a chat completion request the server reads. */
export interface ChatCompletionBody {
  model?: string;
  messages: ChatMessage[];
  temperature?: number;
  max_tokens?: number;
  response_format?: { type: string };
}

/** One request the server received, in arrival order. */
export interface LoggedLlmRequest {
  body: ChatCompletionBody;
  /** True when the request is for scholar reactions (its user message contains the data block). */
  isReactions: boolean;
  promptTokens: number;
  /** Status sent back; null while the request hangs. */
  status: number | null;
}

/** Writes the answer content for a request; the default writes reactions in character. */
export type LlmResponder = (body: ChatCompletionBody) => string;

export interface LlmSandboxOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Milliseconds before every response. */
  latencyMs?: number;
}

type Scripted =
  | { kind: 'fail'; status: number; retryAfterSeconds?: number }
  | { kind: 'truncate' }
  | { kind: 'malformed' }
  | { kind: 'hang' };

/** Special-token markers in request text are counted as plain text, like the narrator does. */
const COUNT_OPTIONS = { disallowedSpecial: new Set<string>() };

function countText(text: string): number {
  return countTokens(text, COUNT_OPTIONS);
}

/**
 * A local OpenAI-compatible server for tests, the demo and the benchmark. It answers
 * `POST /v1/chat/completions` in the OpenAI format with `usage` counted by the same tokenizer as
 * the narrator, and can be scripted to fail, truncate, answer malformed JSON or never answer.
 * Every request body is logged so tests can read the prompts.
 */
export class LlmSandboxServer {
  readonly requests: LoggedLlmRequest[] = [];
  latencyMs: number;
  private responder: LlmResponder = writeReactions;
  private readonly script: Scripted[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    options: LlmSandboxOptions,
  ) {
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** Starts the server on 127.0.0.1 and resolves once it listens. */
  static async start(options: LlmSandboxOptions = {}): Promise<LlmSandboxServer> {
    let instance: LlmSandboxServer | null = null;
    const server = createServer((request, response) => {
      void instance!.handle(request, response);
    });
    instance = new LlmSandboxServer(server, options);
    const sockets = instance.sockets;
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });

    return instance;
  }

  /** Base URL without the API version, such as `http://127.0.0.1:41234`. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;

    return `http://127.0.0.1:${port}`;
  }

  /** The logged requests that asked for scholar reactions. */
  get reactionRequests(): LoggedLlmRequest[] {
    return this.requests.filter((request) => request.isReactions);
  }

  /** Answers the next `count` requests with `status` (429 or 500) and an OpenAI error body. */
  failNext(options: { status: 429 | 500; count?: number; retryAfterSeconds?: number }): void {
    this.enqueue(options.count ?? 1, {
      kind: 'fail',
      status: options.status,
      retryAfterSeconds: options.retryAfterSeconds,
    });
  }

  /** Cuts the next answers in half with `finish_reason: "length"`. */
  truncateNext(count = 1): void {
    this.enqueue(count, { kind: 'truncate' });
  }

  /** Answers the next requests with content that is not valid JSON. */
  malformNext(count = 1): void {
    this.enqueue(count, { kind: 'malformed' });
  }

  /** Never answers the next requests; their connections stay open until the client gives up. */
  hangNext(count = 1): void {
    this.enqueue(count, { kind: 'hang' });
  }

  /** Replaces the writer of answer content, for tests of what the narrator accepts. */
  respondWith(responder: LlmResponder): void {
    this.responder = responder;
  }

  /** Clears the log, the script and the custom responder. */
  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
    this.responder = writeReactions;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private enqueue(count: number, step: Scripted): void {
    for (let i = 0; i < count; i += 1) {
      this.script.push(step);
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      sendJson(response, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
      return;
    }
    let body: ChatCompletionBody;
    try {
      body = JSON.parse(await readBody(request)) as ChatCompletionBody;
      if (!Array.isArray(body.messages)) {
        throw new Error('messages must be an array');
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      sendJson(response, 400, { error: { message, type: 'invalid_request_error' } });
      return;
    }
    const logged: LoggedLlmRequest = {
      body,
      isReactions: body.messages.some((message) => message.content.startsWith(DATA_BLOCK_LABEL)),
      promptTokens: countChatTokens(body.messages, countText),
      status: null,
    };
    this.requests.push(logged);
    const step = this.script.shift();
    if (step?.kind === 'hang') {
      return;
    }
    if (this.latencyMs > 0) {
      await sleep(this.latencyMs);
    }
    if (step?.kind === 'fail') {
      logged.status = step.status;
      const headers: Record<string, string> =
        step.retryAfterSeconds === undefined
          ? {}
          : { 'retry-after': String(step.retryAfterSeconds) };
      sendJson(
        response,
        step.status,
        { error: { message: `scripted ${step.status}`, type: 'server_error' } },
        headers,
      );
      return;
    }

    logged.status = 200;
    sendJson(response, 200, this.completion(body, logged.promptTokens, step));
  }

  private completion(body: ChatCompletionBody, promptTokens: number, step: Scripted | undefined) {
    let content = this.responder(body);
    let finishReason = 'stop';
    if (step?.kind === 'truncate') {
      content = content.slice(0, Math.floor(content.length / 2));
      finishReason = 'length';
    } else if (step?.kind === 'malformed') {
      content = `{"lines": ["${content.slice(0, 20)}`;
    }

    return {
      id: `chatcmpl-sandbox-${this.requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'sandbox',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: countText(content),
        total_tokens: promptTokens + countText(content),
      },
    };
  }
}

interface DataItem {
  who?: unknown;
  event?: unknown;
  mood?: unknown;
}

const MOOD_REMARKS: Record<string, string> = {
  admiring: 'I stand by it, and gladly.',
  scornful: 'I have read better arguments on tavern walls.',
  neutral: 'We shall see what the evidence allows.',
};

/**
 * Writes one line per item of the data block, built only from the item: the scholar's name, the
 * catchphrase if the sheet has one, and a remark for the mood. Same request, same answer.
 */
export function writeReactions(body: ChatCompletionBody): string {
  const data = body.messages.find((message) => message.content.startsWith(DATA_BLOCK_LABEL));
  if (!data) {
    return JSON.stringify({ text: 'The Gazette has nothing to add.' });
  }
  const parsed = JSON.parse(data.content.slice(DATA_BLOCK_LABEL.length)) as { items?: DataItem[] };
  const lines = (parsed.items ?? []).map((item) => {
    const who = typeof item.who === 'string' ? item.who : 'A scholar';
    const name = who.split(',')[0].trim();
    const catchphrase = /says "([^"]*)"/.exec(who)?.[1];
    const remark = MOOD_REMARKS[String(item.mood)] ?? MOOD_REMARKS.neutral;
    const line = catchphrase ? `${name}: "${catchphrase}" ${remark}` : `${name}: ${remark}`;
    return line.slice(0, 150);
  });

  return JSON.stringify({ lines });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(
  response: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(payload);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
