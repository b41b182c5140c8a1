"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LanguageModelHealthIndicator = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const terminus_1 = require("@nestjs/terminus");
const llm_narrator_1 = require("../narration/llm-narrator");
const narrator_1 = require("../narration/narrator");
/**
 * Reports the language model used by the narrator: its model name and the circuit breaker's
 * state. Always `up`, because narration falls back to its templates when the model is missing
 * or failing, so the model never makes the service unready.
 */
let LanguageModelHealthIndicator = class LanguageModelHealthIndicator {
    health;
    modules;
    constructor(health, modules) {
        this.health = health;
        this.modules = modules;
    }
    check(key) {
        const indicator = this.health.check(key);
        const narrator = this.findNarrator();
        if (!(narrator instanceof llm_narrator_1.LlmNarrator)) {
            return indicator.up({ model: 'not configured', narration: 'templates' });
        }
        const { model, circuit } = narrator.status();
        return indicator.up({
            model,
            circuit,
            narration: circuit === 'open' ? 'templates until the model answers again' : 'language model',
        });
    }
    findNarrator() {
        try {
            return this.modules.get(narrator_1.NARRATOR, { strict: false });
        }
        catch {
            // The health module also runs in applications built without narration.
            return null;
        }
    }
};
exports.LanguageModelHealthIndicator = LanguageModelHealthIndicator;
exports.LanguageModelHealthIndicator = LanguageModelHealthIndicator = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [terminus_1.HealthIndicatorService,
        core_1.ModuleRef])
], LanguageModelHealthIndicator);
//# sourceMappingURL=language-model.health.js.map