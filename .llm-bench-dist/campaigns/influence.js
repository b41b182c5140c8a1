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
exports.REPUTATION_MAX = exports.REPUTATION_MIN = exports.InfluenceBalance = void 0;
exports.clampReputation = clampReputation;
exports.influenceSoftCap = influenceSoftCap;
exports.applyInfluenceGain = applyInfluenceGain;
exports.isFaction = isFaction;
const typeorm_1 = require("typeorm");
const scholar_profile_1 = require("../scholars/scholar-profile");
/** A player's influence with each of the five factions, stored as one column per faction. */
class InfluenceBalance {
    academia;
    government;
    industry;
    religion;
    foreign;
}
exports.InfluenceBalance = InfluenceBalance;
__decorate([
    (0, typeorm_1.Column)({ name: 'academia', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], InfluenceBalance.prototype, "academia", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'government', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], InfluenceBalance.prototype, "government", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'industry', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], InfluenceBalance.prototype, "industry", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'religion', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], InfluenceBalance.prototype, "religion", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'foreign', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], InfluenceBalance.prototype, "foreign", void 0);
/** Reputation bounds. Fixed by the game design. */
exports.REPUTATION_MIN = -50;
exports.REPUTATION_MAX = 50;
/** Clamps a reputation value into [−50, +50]. */
function clampReputation(value) {
    return Math.min(exports.REPUTATION_MAX, Math.max(exports.REPUTATION_MIN, Math.trunc(value)));
}
/**
 * Soft cap on influence per faction: `6 + floor(0.2 × max(0, reputation))`. Fixed by the game
 * design, so 6 at reputation ≤ 4, 8 at 12 and 16 at 50.
 */
function influenceSoftCap(reputation) {
    return 6 + Math.floor(0.2 * Math.max(0, reputation));
}
/**
 * Returns the balance after a gain under the soft cap: a gain never takes a balance above the cap
 * and never lowers a balance that is already above it.
 */
function applyInfluenceGain(balance, gain, reputation) {
    if (gain <= 0) {
        return balance + gain;
    }
    const cap = influenceSoftCap(reputation);
    if (balance >= cap) {
        return balance;
    }
    return Math.min(cap, balance + gain);
}
/** Returns true if the key is one of the five canonical faction keys. */
function isFaction(value) {
    return scholar_profile_1.FACTIONS.includes(value);
}
//# sourceMappingURL=influence.js.map