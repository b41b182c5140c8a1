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
exports.SymposiumStep = void 0;
const common_1 = require("@nestjs/common");
const digest_step_1 = require("../gazette/digest-step");
const symposium_week_service_1 = require("./symposium-week.service");
/**
 * The digest step that runs the weekly symposium. It runs after theories lapse, so a result
 * printed in the same edition already reflects the week's reputation changes.
 */
let SymposiumStep = class SymposiumStep {
    week;
    name = 'weekly-symposium';
    order = digest_step_1.DIGEST_ORDER.lapseTheories + 5;
    constructor(registry, week) {
        this.week = week;
        registry.register(this);
    }
    async run({ manager, campaign, slotAt }) {
        await this.week.runDueCall(manager, campaign, slotAt);
    }
};
exports.SymposiumStep = SymposiumStep;
exports.SymposiumStep = SymposiumStep = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [digest_step_1.DigestStepRegistry,
        symposium_week_service_1.SymposiumWeekService])
], SymposiumStep);
//# sourceMappingURL=symposium.step.js.map