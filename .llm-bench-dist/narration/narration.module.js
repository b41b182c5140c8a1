"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NarrationModule = void 0;
const common_1 = require("@nestjs/common");
const app_config_1 = require("../config/app-config");
const metrics_service_1 = require("../metrics/metrics.service");
const circuit_breaker_1 = require("./circuit-breaker");
const llm_budget_1 = require("./llm-budget");
const llm_client_1 = require("./llm-client");
const llm_narrator_1 = require("./llm-narrator");
const narrator_1 = require("./narrator");
const template_narrator_1 = require("./template-narrator");
/** Consecutive failed requests that switch narration to templates. */
const BREAKER_FAILURE_THRESHOLD = 3;
/** Milliseconds before a trial request is sent to an endpoint that kept failing. */
const BREAKER_COOLDOWN_MS = 30_000;
/**
 * Builds the narrator: the language-model narrator when `LLM_BASE_URL` is set, else the template
 * narrator. The tokenizer is loaded only in the first case.
 */
async function createNarrator(config, templates, metrics) {
    const { llm } = config;
    if (!llm.baseUrl) {
        return templates;
    }
    const breaker = new circuit_breaker_1.CircuitBreaker({
        failureThreshold: BREAKER_FAILURE_THRESHOLD,
        cooldownMs: BREAKER_COOLDOWN_MS,
    });
    const client = new llm_client_1.LlmClient({ ...llm, baseUrl: llm.baseUrl }, breaker, metrics);
    const countTokens = await (0, llm_budget_1.loadTokenCounter)();
    // Every attempt times out on its own; this ceiling also covers the waits between retries.
    const deadlineMs = llm.timeoutMs * (llm.maxRetries + 1) + 2000 * llm.maxRetries;
    new common_1.Logger('NarrationModule').log({
        message: 'narration uses a language model',
        model: llm.model,
        timeoutMs: llm.timeoutMs,
        digestTokenBudget: llm.digestTokenBudget,
    });
    return new llm_narrator_1.LlmNarrator(templates, client, breaker, countTokens, metrics, {
        digestTokenBudget: llm.digestTokenBudget,
        deadlineMs,
    });
}
/**
 * Provides the narrator behind NARRATOR, and the template narrator itself for text that is
 * stored before a language model is asked.
 */
let NarrationModule = class NarrationModule {
};
exports.NarrationModule = NarrationModule;
exports.NarrationModule = NarrationModule = __decorate([
    (0, common_1.Module)({
        providers: [
            template_narrator_1.TemplateNarrator,
            {
                provide: narrator_1.NARRATOR,
                useFactory: createNarrator,
                inject: [app_config_1.AppConfig, template_narrator_1.TemplateNarrator, metrics_service_1.MetricsService],
            },
        ],
        exports: [narrator_1.NARRATOR, template_narrator_1.TemplateNarrator],
    })
], NarrationModule);
//# sourceMappingURL=narration.module.js.map