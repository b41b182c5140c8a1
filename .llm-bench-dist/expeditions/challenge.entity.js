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
exports.Challenge = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
const theory_entity_1 = require("../theories/theory.entity");
/** A rival's wager against an open theory, settled when the theory is judged. */
let Challenge = class Challenge {
    id;
    campaignId;
    campaign;
    theoryId;
    theory;
    challengerId;
    challenger;
    confidence;
    isSettled;
    outcome;
    reputationChange;
    createdAt;
    settledAt;
};
exports.Challenge = Challenge;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Challenge.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Challenge.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Challenge.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'theory_id', type: 'integer' }),
    __metadata("design:type", Number)
], Challenge.prototype, "theoryId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => theory_entity_1.Theory, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'theory_id' }),
    __metadata("design:type", theory_entity_1.Theory)
], Challenge.prototype, "theory", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'challenger_id', type: 'integer' }),
    __metadata("design:type", Number)
], Challenge.prototype, "challengerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'challenger_id' }),
    __metadata("design:type", player_entity_1.Player)
], Challenge.prototype, "challenger", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 20 }),
    __metadata("design:type", String)
], Challenge.prototype, "confidence", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'is_settled', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Challenge.prototype, "isSettled", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 8, nullable: true }),
    __metadata("design:type", Object)
], Challenge.prototype, "outcome", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reputation_change', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Challenge.prototype, "reputationChange", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Challenge.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'settled_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Challenge.prototype, "settledAt", void 0);
exports.Challenge = Challenge = __decorate([
    (0, typeorm_1.Entity)('challenges'),
    (0, typeorm_1.Index)('ux_challenges_theory_challenger', ['theoryId', 'challengerId'], { unique: true }),
    (0, typeorm_1.Index)('ix_challenges_campaign_settled', ['campaignId', 'isSettled'])
], Challenge);
//# sourceMappingURL=challenge.entity.js.map