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
exports.ExpeditionResolutionStep = void 0;
const common_1 = require("@nestjs/common");
const digest_step_1 = require("../gazette/digest-step");
const expedition_resolver_1 = require("./expedition-resolver");
/** The digest step that resolves queued expeditions and conferences and settles challenges. */
let ExpeditionResolutionStep = class ExpeditionResolutionStep {
    resolver;
    name = 'resolve-expeditions';
    order = digest_step_1.DIGEST_ORDER.resolveOrders;
    constructor(registry, resolver) {
        this.resolver = resolver;
        registry.register(this);
    }
    async run(context) {
        await this.resolver.resolveQueued(context);
    }
};
exports.ExpeditionResolutionStep = ExpeditionResolutionStep;
exports.ExpeditionResolutionStep = ExpeditionResolutionStep = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [digest_step_1.DigestStepRegistry,
        expedition_resolver_1.ExpeditionResolver])
], ExpeditionResolutionStep);
//# sourceMappingURL=expedition-resolution.step.js.map