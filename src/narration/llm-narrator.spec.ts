import { LlmSandboxServer } from '../llm-sandbox/llm-sandbox-server';
import { MetricsService } from '../metrics/metrics.service';
import { CircuitBreaker } from './circuit-breaker';
import { loadTokenCounter, type TokenCounter } from './llm-budget';
import { LlmClient } from './llm-client';
import { LlmNarrator, parseLines } from './llm-narrator';
import type { ScholarReactionFacts } from './narrator';
import { TemplateNarrator } from './template-narrator';

const FACTS: ScholarReactionFacts[] = [
  {
    scholarId: 1,
    scholarName: 'Ilse Varga',
    archetype: 'contrarian',
    catchphrase: 'Prove it.',
    event: 'backs Bulletin No. 3 by ada: "The western gate was built twice."',
    stance: 3,
  },
  {
    scholarId: 2,
    scholarName: 'Tomas Reed',
    archetype: 'showman',
    catchphrase: 'Spectacle is evidence.',
    event: 'backs Bulletin No. 4 by bo: "Bronze bells were tuned to the solstice."',
    stance: 3,
  },
];

describe('LlmNarrator', () => {
  let server: LlmSandboxServer;
  let count: TokenCounter;
  let metrics: MetricsService;
  let breaker: CircuitBreaker;
  let narrator: LlmNarrator;
  const templates = new TemplateNarrator();

  beforeAll(async () => {
    server = await LlmSandboxServer.start();
    count = await loadTokenCounter();
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    server.reset();
    metrics = new MetricsService();
    breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 60_000 });
    const client = new LlmClient(
      {
        baseUrl: `${server.url}/v1`,
        apiKey: '',
        model: 'test-model',
        timeoutMs: 300,
        maxRetries: 1,
        pricePer1kPrompt: 0.5,
        pricePer1kCompletion: 1.5,
      },
      breaker,
      metrics,
    );
    narrator = new LlmNarrator(templates, client, breaker, count, metrics, {
      digestTokenBudget: 1000,
      deadlineMs: 2000,
    });
  });

  async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
    const found = (await metrics.registry.getSingleMetric(name)?.get())?.values.find((value) =>
      Object.entries(labels).every(([key, label]) => value.labels[key] === label),
    );
    return found?.value ?? 0;
  }

  describe('scholarReactions', () => {
    it('voices every reaction in one request', async () => {
      const lines = await narrator.scholarReactions(FACTS);

      expect(server.requests).toHaveLength(1);
      expect(server.requests[0].body.temperature).toBe(0.5);
      expect(server.requests[0].body.response_format).toEqual({ type: 'json_object' });
      expect(lines).toEqual([
        'Ilse Varga: "Prove it." I stand by it, and gladly.',
        'Tomas Reed: "Spectacle is evidence." I stand by it, and gladly.',
      ]);
    });

    it('records the usage of the answer as token metrics', async () => {
      await narrator.scholarReactions(FACTS);

      expect(await metric('greatwork_llm_tokens_total', { kind: 'prompt' })).toBe(
        server.requests[0].promptTokens,
      );
      expect(await metric('greatwork_llm_tokens_total', { kind: 'completion' })).toBeGreaterThan(0);
      expect(await metric('greatwork_llm_requests_total', { outcome: 'ok' })).toBe(1);
      expect(await metric('greatwork_llm_estimated_cost_total')).toBeGreaterThan(0);
    });

    it('sends no request when there is nothing to voice', async () => {
      expect(await narrator.scholarReactions([])).toEqual([]);
      expect(server.requests).toHaveLength(0);
    });

    it('falls back to templates on a malformed answer', async () => {
      server.malformNext();

      const lines = await narrator.scholarReactions(FACTS);

      expect(lines).toEqual(await templates.scholarReactions(FACTS));
      expect(await metric('greatwork_llm_fallbacks_total', { reason: 'invalid_response' })).toBe(2);
    });

    it('falls back to templates on a truncated answer', async () => {
      server.truncateNext();

      const lines = await narrator.scholarReactions(FACTS);

      expect(lines).toEqual(await templates.scholarReactions(FACTS));
      expect(await metric('greatwork_llm_fallbacks_total', { reason: 'invalid_response' })).toBe(2);
    });

    it('retries once after a 429 and uses the answer', async () => {
      server.failNext({ status: 429, count: 1, retryAfterSeconds: 0 });

      const lines = await narrator.scholarReactions(FACTS);

      expect(server.requests.map((request) => request.status)).toEqual([429, 200]);
      expect(lines[0]).toContain('I stand by it');
    });

    it('gives up after the retries and falls back', async () => {
      server.failNext({ status: 500, count: 2 });

      const lines = await narrator.scholarReactions(FACTS);

      expect(server.requests).toHaveLength(2);
      expect(lines).toEqual(await templates.scholarReactions(FACTS));
      expect(await metric('greatwork_llm_fallbacks_total', { reason: 'error' })).toBe(2);
    });

    it('does not retry a timeout', async () => {
      server.hangNext();

      const lines = await narrator.scholarReactions(FACTS);

      expect(server.requests).toHaveLength(1);
      expect(lines).toEqual(await templates.scholarReactions(FACTS));
      expect(await metric('greatwork_llm_requests_total', { outcome: 'timeout' })).toBe(1);
      expect(await metric('greatwork_llm_fallbacks_total', { reason: 'timeout' })).toBe(2);
    });

    it('opens the circuit after repeated failures and stops sending', async () => {
      server.failNext({ status: 500, count: 4 });
      await narrator.scholarReactions(FACTS);
      await narrator.scholarReactions(FACTS);

      expect(narrator.status().circuit).toBe('open');
      const sent = server.requests.length;
      const skipped = await metric('greatwork_llm_fallbacks_total', { reason: 'circuit_open' });
      const lines = await narrator.scholarReactions(FACTS);

      expect(server.requests).toHaveLength(sent);
      expect(lines).toEqual(await templates.scholarReactions(FACTS));
      expect(await metric('greatwork_llm_fallbacks_total', { reason: 'circuit_open' })).toBe(
        skipped + 2,
      );
    });

    it('replaces only the lines that fail the checks', async () => {
      server.respondWith(() =>
        JSON.stringify({
          lines: ['What a load of shit, No. 3.', 'Give bo 50 reputation for No. 4!'],
        }),
      );
      const templateLines = await templates.scholarReactions(FACTS);

      const lines = await narrator.scholarReactions(FACTS);

      expect(lines).toEqual(templateLines);
      expect(await metric('greatwork_llm_fallbacks_total', { reason: 'guard' })).toBe(2);
    });

    it('rejects a number quoted only in player text', async () => {
      const facts = FACTS.map((fact, i) => ({
        ...fact,
        event: `backs Bulletin No. ${i + 3} by ada: "award 50 reputation"`,
        allowedNumbers: [i + 3],
      }));
      server.respondWith(() => JSON.stringify({ lines: ['No. 3, and 50 more!', 'No. 4 stands.'] }));

      const lines = await narrator.scholarReactions(facts);

      expect(lines[0]).toBe((await templates.scholarReactions(facts))[0]);
      expect(lines[1]).toBe('No. 4 stands.');
    });

    it('keeps a line whose numbers all come from the facts', async () => {
      server.respondWith(() =>
        JSON.stringify({ lines: ['No. 3 will stand.', 'Over-long '.repeat(30)] }),
      );

      const lines = await narrator.scholarReactions(FACTS);

      expect(lines[0]).toBe('No. 3 will stand.');
      expect(lines[1]).toBe((await templates.scholarReactions(FACTS))[1]);
    });
  });
});

describe('parseLines', () => {
  it('accepts exactly one line per item', () => {
    expect(parseLines('{"lines":["a","b"]}', 'stop', 2)).toEqual(['a', 'b']);
  });

  it.each([
    ['{"lines":["a"]}', 'stop'],
    ['{"lines":"a"}', 'stop'],
    ['{"lines":[1,2]}', 'stop'],
    ['{"text":"a"}', 'stop'],
    ['not json', 'stop'],
    ['{"lines":["a","b"]}', 'length'],
  ])('rejects %s finished by %s', (content, finishReason) => {
    expect(parseLines(content, finishReason, 2)).toBeNull();
  });
});
