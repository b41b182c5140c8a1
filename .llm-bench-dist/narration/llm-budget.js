"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMPLETION_TOKENS_PER_LINE = void 0;
exports.countChatTokens = countChatTokens;
exports.loadTokenCounter = loadTokenCounter;
exports.splitBudget = splitBudget;
/**
 * Tokens the chat format adds around each message (role and separators) and before the answer,
 * as OpenAI documents for its gpt-4o family. Other models differ by a few tokens per request.
 */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_BEFORE_ANSWER = 3;
/** Prompt tokens of a chat request: its messages plus the chat format's overhead. */
function countChatTokens(messages, count) {
    const perMessage = messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + count(message.role) + count(message.content), 0);
    return perMessage + TOKENS_BEFORE_ANSWER;
}
/**
 * Loads the o200k_base tokenizer (gpt-4o family) from the installed `gpt-tokenizer` package,
 * which carries its vocabulary, so nothing is downloaded. Loading takes about 50 MB of memory,
 * which is why it happens only when a language model is configured.
 */
async function loadTokenCounter() {
    const { countTokens } = await Promise.resolve().then(() => __importStar(require('gpt-tokenizer/cjs/encoding/o200k_base')));
    // Special-token markers in player text are counted as plain text rather than rejected.
    const options = { disallowedSpecial: new Set() };
    return (text) => countTokens(text, options);
}
/** Completion tokens allowed per reaction line, and for the JSON around the lines. */
exports.COMPLETION_TOKENS_PER_LINE = 45;
const COMPLETION_TOKENS_OVERHEAD = 12;
/**
 * Splits a digest's token budget for `lineCount` reaction lines: the answer gets what the lines
 * need and the prompt the rest. Returns null when the budget cannot hold even the answer.
 */
function splitBudget(budget, lineCount) {
    const completion = COMPLETION_TOKENS_OVERHEAD + lineCount * exports.COMPLETION_TOKENS_PER_LINE;
    const prompt = budget - completion;
    return prompt > 0 ? { prompt, completion } : null;
}
//# sourceMappingURL=llm-budget.js.map