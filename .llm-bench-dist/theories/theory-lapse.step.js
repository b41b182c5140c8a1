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
exports.TheoryLapseStep = void 0;
const common_1 = require("@nestjs/common");
const digest_step_1 = require("../gazette/digest-step");
const theories_service_1 = require("./theories.service");
/** The digest step that lapses theories left untested past their deadline. */
let TheoryLapseStep = class TheoryLapseStep {
    theories;
    name = 'lapse-theories';
    order = digest_step_1.DIGEST_ORDER.lapseTheories;
    constructor(registry, theories) {
        this.theories = theories;
        registry.register(this);
    }
    async run({ manager, campaign, slotAt }) {
        await this.theories.lapseOverdueTheories(manager, campaign, slotAt);
    }
};
exports.TheoryLapseStep = TheoryLapseStep;
exports.TheoryLapseStep = TheoryLapseStep = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [digest_step_1.DigestStepRegistry,
        theories_service_1.TheoriesService])
], TheoryLapseStep);
//# sourceMappingURL=theory-lapse.step.js.map