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
exports.PoachingStep = void 0;
const common_1 = require("@nestjs/common");
const digest_step_1 = require("../gazette/digest-step");
const poaching_service_1 = require("./poaching.service");
/** The digest step that decides poaching offers made at least 24 hours before the edition. */
let PoachingStep = class PoachingStep {
    poaching;
    name = 'resolve-offers';
    order = digest_step_1.DIGEST_ORDER.resolveOffers;
    constructor(registry, poaching) {
        this.poaching = poaching;
        registry.register(this);
    }
    async run({ manager, campaign, slotAt, reactions }) {
        await this.poaching.decideDueOffers(manager, campaign, slotAt, reactions);
    }
};
exports.PoachingStep = PoachingStep;
exports.PoachingStep = PoachingStep = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [digest_step_1.DigestStepRegistry,
        poaching_service_1.PoachingService])
], PoachingStep);
//# sourceMappingURL=poaching.step.js.map