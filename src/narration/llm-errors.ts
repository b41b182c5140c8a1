/** Reason a request gave no usable response; each is a fallback label of the metrics. */
export type LlmFailureReason = 'error' | 'timeout' | 'circuit_open';

/** Thrown when the language model gave no response; the caller falls back to templates. */
export class LlmRequestError extends Error {
  constructor(
    readonly reason: LlmFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'LlmRequestError';
  }
}
