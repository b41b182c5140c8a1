"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DigestStepRegistry = exports.DIGEST_ORDER = void 0;
const common_1 = require("@nestjs/common");
/**
 * Positions of the digest steps. The game resolves a digest in this order: advance the year,
 * tick cooldowns, decay feelings, resolve expeditions, conferences and offers, mentorship and
 * sidecasts, lapse overdue theories, keep the roster within 20–30; then it publishes.
 */
exports.DIGEST_ORDER = {
    advanceYear: 10,
    tickCooldowns: 20,
    decayFeelings: 30,
    resolveOrders: 40,
    /** Poaching offers, after expeditions so a scholar's result of this digest counts. */
    resolveOffers: 45,
    mentorship: 50,
    /** Mentorship credit, after the junior-neglect count of `mentorship` so it can reset it. */
    mentoredCareers: 55,
    lapseTheories: 60,
    keepRoster: 70,
    bulletinReactions: 80,
};
/**
 * Collects the digest steps of every module. A step registers itself in its constructor, so the
 * Gazette runs rules it does not import, even in a module that is compiled but never initialised.
 */
let DigestStepRegistry = class DigestStepRegistry {
    steps = [];
    register(step) {
        if (this.steps.some((known) => known.name === step.name)) {
            throw new Error(`digest step ${step.name} is registered twice`);
        }
        this.steps.push(step);
        this.steps.sort((a, b) => a.order - b.order);
    }
    /** The steps in the order they run. */
    list() {
        return this.steps;
    }
};
exports.DigestStepRegistry = DigestStepRegistry;
exports.DigestStepRegistry = DigestStepRegistry = __decorate([
    (0, common_1.Injectable)()
], DigestStepRegistry);
//# sourceMappingURL=digest-step.js.map