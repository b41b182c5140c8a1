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
exports.PoachingOffer = void 0;
const typeorm_1 = require("typeorm");
/**
 * A rival's offer to another player's scholar. The offered influence is escrowed from the rival
 * when the offer is made. The employer's counter is copied onto every open offer for the scholar
 * and escrowed once.
 */
let PoachingOffer = class PoachingOffer {
    id;
    campaignId;
    scholarId;
    rivalId;
    /** The scholar's employer when the offer was made, updated if the scholar moves meanwhile. */
    employerId;
    faction;
    /** Influence escrowed from the rival, in `faction`. */
    amount;
    terms;
    counterFaction;
    counterAmount;
    createdAt;
    /** The offer is decided at the first digest at or after this instant (24 h after the offer). */
    decideAfter;
    status;
    outcome;
    resolvedAt;
};
exports.PoachingOffer = PoachingOffer;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], PoachingOffer.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], PoachingOffer.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'scholar_id', type: 'integer' }),
    __metadata("design:type", Number)
], PoachingOffer.prototype, "scholarId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'rival_id', type: 'integer' }),
    __metadata("design:type", Number)
], PoachingOffer.prototype, "rivalId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'employer_id', type: 'integer' }),
    __metadata("design:type", Number)
], PoachingOffer.prototype, "employerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12 }),
    __metadata("design:type", String)
], PoachingOffer.prototype, "faction", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], PoachingOffer.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PoachingOffer.prototype, "terms", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'counter_faction', type: 'varchar', length: 12, nullable: true }),
    __metadata("design:type", Object)
], PoachingOffer.prototype, "counterFaction", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'counter_amount', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], PoachingOffer.prototype, "counterAmount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], PoachingOffer.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'decide_after', type: 'datetime' }),
    __metadata("design:type", Date)
], PoachingOffer.prototype, "decideAfter", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 10, default: 'open' }),
    __metadata("design:type", String)
], PoachingOffer.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16, nullable: true }),
    __metadata("design:type", Object)
], PoachingOffer.prototype, "outcome", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'resolved_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], PoachingOffer.prototype, "resolvedAt", void 0);
exports.PoachingOffer = PoachingOffer = __decorate([
    (0, typeorm_1.Entity)('poaching_offers'),
    (0, typeorm_1.Index)('ix_poaching_offers_campaign_status', ['campaignId', 'status', 'decideAfter']),
    (0, typeorm_1.Index)('ix_poaching_offers_scholar_status', ['scholarId', 'status'])
], PoachingOffer);
//# sourceMappingURL=poaching-offer.entity.js.map