/** Counts the tokens of a text with the model's tokenizer. */
export type TokenCounter = (text: string) => number;

/** One chat message as the OpenAI chat completions API takes it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * Tokens the chat format adds around each message (role and separators) and before the response,
 * as OpenAI documents for its gpt-4o family. Other models differ by a few tokens per request.
 */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_BEFORE_ANSWER = 3;

/** Prompt tokens of a chat request: its messages plus the chat format's overhead. */
export function countChatTokens(messages: readonly ChatMessage[], count: TokenCounter): number {
  const perMessage = messages.reduce(
    (sum, message) => sum + TOKENS_PER_MESSAGE + count(message.role) + count(message.content),
    0,
  );

  return perMessage + TOKENS_BEFORE_ANSWER;
}

/**
 * Loads the o200k_base tokenizer (gpt-4o family) from the installed `gpt-tokenizer` package,
 * which carries its vocabulary, so nothing is downloaded. Loading takes about 50 MB of memory,
 * which is why it happens only when a language model is configured.
 */
export async function loadTokenCounter(): Promise<TokenCounter> {
  const { countTokens } = await import('gpt-tokenizer/cjs/encoding/o200k_base');

  // Special-token markers in player text are counted as plain text rather than rejected.
  const options = { disallowedSpecial: new Set<string>() };

  return (text: string) => countTokens(text, options);
}

/** How one digest's tokens are shared between the prompt and the response. */
export interface TokenSplit {
  /** Most prompt tokens the request may send. */
  prompt: number;
  /** The `max_tokens` of the request. */
  completion: number;
}

/** Completion tokens allowed per reaction line, and for the JSON around the lines. */
export const COMPLETION_TOKENS_PER_LINE = 45;
const COMPLETION_TOKENS_OVERHEAD = 12;

/**
 * Splits a digest's token budget for `lineCount` reaction lines: the response gets what the lines
 * need and the prompt the rest. Returns null when the budget cannot hold even the response.
 */
export function splitBudget(budget: number, lineCount: number): TokenSplit | null {
  const completion = COMPLETION_TOKENS_OVERHEAD + lineCount * COMPLETION_TOKENS_PER_LINE;
  const prompt = budget - completion;

  return prompt > 0 ? { prompt, completion } : null;
}
