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
exports.Conference = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
const theory_entity_1 = require("../theories/theory.entity");
/** A conference called to judge one of its owner's open theories at the next digest. */
let Conference = class Conference {
    id;
    campaignId;
    campaign;
    playerId;
    player;
    theoryId;
    theory;
    supporterIds;
    oppositionIds;
    cost;
    status;
    roll;
    score;
    /** `success`, `partial` or `failure`; conferences have no landmark band. */
    band;
    /** Null when the theory was already judged and the conference paid nothing. */
    reputationChange;
    createdAt;
    resolvedAt;
};
exports.Conference = Conference;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Conference.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Conference.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Conference.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'player_id', type: 'integer' }),
    __metadata("design:type", Number)
], Conference.prototype, "playerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'player_id' }),
    __metadata("design:type", player_entity_1.Player)
], Conference.prototype, "player", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'theory_id', type: 'integer' }),
    __metadata("design:type", Number)
], Conference.prototype, "theoryId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => theory_entity_1.Theory, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'theory_id' }),
    __metadata("design:type", theory_entity_1.Theory)
], Conference.prototype, "theory", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'supporter_ids', type: 'simple-json' }),
    __metadata("design:type", Array)
], Conference.prototype, "supporterIds", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'opposition_ids', type: 'simple-json' }),
    __metadata("design:type", Array)
], Conference.prototype, "oppositionIds", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Object)
], Conference.prototype, "cost", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 10, default: 'queued' }),
    __metadata("design:type", String)
], Conference.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Conference.prototype, "roll", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Conference.prototype, "score", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 10, nullable: true }),
    __metadata("design:type", Object)
], Conference.prototype, "band", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reputation_change', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Conference.prototype, "reputationChange", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Conference.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'resolved_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Conference.prototype, "resolvedAt", void 0);
exports.Conference = Conference = __decorate([
    (0, typeorm_1.Entity)('conferences'),
    (0, typeorm_1.Index)('ix_conferences_campaign_status', ['campaignId', 'status']),
    (0, typeorm_1.Index)('ix_conferences_theory', ['theoryId'])
], Conference);
//# sourceMappingURL=conference.entity.js.map