"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LlmNarrator = void 0;
exports.parseLines = parseLines;
const common_1 = require("@nestjs/common");
const joi_1 = __importDefault(require("joi"));
const llm_client_1 = require("./llm-client");
const llm_prompts_1 = require("./llm-prompts");
const template_narrator_1 = require("./template-narrator");
const text_guard_1 = require("./text-guard");
/** Reactions are in character, so they run warmer than official press. */
const REACTIONS_TEMPERATURE = 0.5;
const reactionsAnswerSchema = joi_1.default.object({
    lines: joi_1.default.array().items(joi_1.default.string().allow('')).required(),
}).unknown(true);
/**
 * Voices scholar reactions with a language model, all reactions of a digest in one request, and
 * falls back to the template narrator for every line that fails: no answer, a malformed answer, a
 * blocked word, an over-long line or a number not in the facts. Bulletins, lapses, the year's turn
 * and mastheads are written inside write transactions or carry exact numbers, so they keep the
 * template text.
 */
class LlmNarrator {
    templates;
    client;
    breaker;
    countTokens;
    metrics;
    options;
    logger = new common_1.Logger(LlmNarrator.name);
    personas = new llm_prompts_1.PersonaSheets();
    guard = new text_guard_1.TextGuard();
    constructor(templates, client, breaker, countTokens, metrics, options) {
        this.templates = templates;
        this.client = client;
        this.breaker = breaker;
        this.countTokens = countTokens;
        this.metrics = metrics;
        this.options = options;
    }
    status() {
        return { model: this.client.model, circuit: this.breaker.state };
    }
    theoryBulletin(facts) {
        return this.templates.theoryBulletin(facts);
    }
    theoryLapse(facts) {
        return this.templates.theoryLapse(facts);
    }
    yearTurn(facts) {
        return this.templates.yearTurn(facts);
    }
    digestMasthead(facts) {
        return this.templates.digestMasthead(facts);
    }
    /**
     * Returns one line per fact, in order. Never rejects: every line the model does not deliver,
     * or delivers in a form that fails the checks, is the template line.
     */
    async scholarReactions(facts) {
        const lines = await this.templates.scholarReactions(facts);
        if (facts.length === 0) {
            return lines;
        }
        const prompt = (0, llm_prompts_1.buildReactionsPrompt)(facts, this.options.digestTokenBudget, this.countTokens, this.personas);
        if (!prompt) {
            this.fallBack('budget', facts.length);
            return lines;
        }
        this.fallBack('budget', facts.length - prompt.itemCount);
        const answer = await this.requestLines(prompt.messages, prompt.maxTokens, prompt.itemCount);
        if (!answer) {
            return lines;
        }
        for (const [index, line] of answer.entries()) {
            const checked = this.checkLine(line.trim(), facts[index]);
            if (checked === null) {
                this.fallBack('guard', 1);
            }
            else {
                lines[index] = checked;
            }
        }
        return lines;
    }
    /** Sends the request and returns exactly `itemCount` lines, or null after counting a fallback. */
    async requestLines(messages, maxTokens, itemCount) {
        try {
            const result = await withDeadline(this.client.chatJson({ messages, temperature: REACTIONS_TEMPERATURE, maxTokens }), this.options.deadlineMs);
            const lines = parseLines(result.content, result.finishReason, itemCount);
            if (!lines) {
                this.logger.warn({ message: 'language model answer invalid', items: itemCount });
                this.fallBack('invalid_response', itemCount);
            }
            return lines;
        }
        catch (error) {
            const reason = error instanceof llm_client_1.LlmRequestError ? error.reason : 'error';
            const log = reason === 'circuit_open' ? 'debug' : 'warn';
            this.logger[log]({
                message: 'language model unavailable, reactions use templates',
                reason,
                error: error instanceof Error ? error.message : String(error),
            });
            this.fallBack(reason, itemCount);
            return null;
        }
    }
    /** Returns the line if it may be posted, or null if the template must be used instead. */
    checkLine(line, facts) {
        const verdict = this.guard.checkLine(line, template_narrator_1.REACTION_MAX_LENGTH);
        if (!verdict.isAccepted) {
            this.logger.debug({ message: 'reaction rejected', problem: verdict.problem });
            return null;
        }
        const known = facts.allowedNumbers?.map(String) ?? [facts.event];
        const invented = (0, text_guard_1.inventedNumbers)(line, [...known, facts.scholarName, facts.catchphrase]);
        if (invented.length > 0) {
            this.logger.debug({ message: 'reaction rejected', problem: 'invented numbers', invented });
            return null;
        }
        return line;
    }
    fallBack(reason, count) {
        if (count > 0) {
            this.metrics.llmFallbacks.inc({ reason }, count);
        }
    }
}
exports.LlmNarrator = LlmNarrator;
/** The lines of a complete, well-formed answer, or null. */
function parseLines(content, finishReason, itemCount) {
    if (finishReason === 'length') {
        return null;
    }
    let parsed;
    try {
        parsed = JSON.parse(content);
    }
    catch {
        return null;
    }
    const { error, value } = reactionsAnswerSchema.validate(parsed);
    if (error || value.lines.length !== itemCount) {
        return null;
    }
    return value.lines;
}
async function withDeadline(work, deadlineMs) {
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new llm_client_1.LlmRequestError('timeout', `no answer within ${deadlineMs} ms`)), deadlineMs);
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
//# sourceMappingURL=llm-narrator.js.map