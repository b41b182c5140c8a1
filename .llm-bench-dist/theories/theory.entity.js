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
exports.Theory = exports.THEORY_STATUSES = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
exports.THEORY_STATUSES = ['open', 'vindicated', 'partial', 'refuted', 'lapsed'];
/** A public claim with a confidence wager, published as a numbered Academic Bulletin. */
let Theory = class Theory {
    id;
    campaignId;
    campaign;
    playerId;
    player;
    /** Per-campaign gapless Academic Bulletin number. */
    bulletinNumber;
    claim;
    confidence;
    /** Ids of up to three supporting scholars. */
    supporterIds;
    status;
    deadlineAt;
    resolvedAt;
    createdAt;
};
exports.Theory = Theory;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Theory.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Theory.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Theory.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'player_id', type: 'integer' }),
    __metadata("design:type", Number)
], Theory.prototype, "playerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'player_id' }),
    __metadata("design:type", player_entity_1.Player)
], Theory.prototype, "player", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'bulletin_number', type: 'integer' }),
    __metadata("design:type", Number)
], Theory.prototype, "bulletinNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Theory.prototype, "claim", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 20 }),
    __metadata("design:type", String)
], Theory.prototype, "confidence", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'supporter_ids', type: 'simple-json' }),
    __metadata("design:type", Array)
], Theory.prototype, "supporterIds", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12, default: 'open' }),
    __metadata("design:type", String)
], Theory.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'deadline_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Theory.prototype, "deadlineAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'resolved_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Theory.prototype, "resolvedAt", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Theory.prototype, "createdAt", void 0);
exports.Theory = Theory = __decorate([
    (0, typeorm_1.Entity)('theories'),
    (0, typeorm_1.Index)('ux_theories_campaign_bulletin', ['campaignId', 'bulletinNumber'], { unique: true }),
    (0, typeorm_1.Index)('ix_theories_campaign_player', ['campaignId', 'playerId']),
    (0, typeorm_1.Index)('ix_theories_status_deadline', ['status', 'deadlineAt'])
], Theory);
//# sourceMappingURL=theory.entity.js.map