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
exports.Expedition = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
/** An expedition order: queued at launch, resolved at the next digest. */
let Expedition = class Expedition {
    id;
    campaignId;
    campaign;
    playerId;
    player;
    /** Per-campaign code such as `EX-0007`; random draws are seeded from it. */
    code;
    type;
    objective;
    theoryId;
    teamIds;
    discipline;
    depth;
    fundingFactions;
    /** The theory's confidence when one is tested, else the player's own. */
    confidence;
    /** Influence paid at launch. */
    cost;
    status;
    roll;
    modifiers;
    score;
    band;
    reputationChange;
    wagerSource;
    /** Id of the failure-table entry drawn on a failure. */
    failureEntryId;
    /** Id of the landmark entry drawn on a landmark. */
    discoveryEntryId;
    sidecastScholarId;
    reportNumber;
    createdAt;
    resolvedAt;
};
exports.Expedition = Expedition;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Expedition.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Expedition.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Expedition.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'player_id', type: 'integer' }),
    __metadata("design:type", Number)
], Expedition.prototype, "playerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'player_id' }),
    __metadata("design:type", player_entity_1.Player)
], Expedition.prototype, "player", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], Expedition.prototype, "code", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], Expedition.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], Expedition.prototype, "objective", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'theory_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "theoryId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'team_ids', type: 'simple-json' }),
    __metadata("design:type", Array)
], Expedition.prototype, "teamIds", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], Expedition.prototype, "discipline", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 10 }),
    __metadata("design:type", String)
], Expedition.prototype, "depth", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'funding_factions', type: 'simple-json' }),
    __metadata("design:type", Array)
], Expedition.prototype, "fundingFactions", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 20 }),
    __metadata("design:type", String)
], Expedition.prototype, "confidence", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Object)
], Expedition.prototype, "cost", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 10, default: 'queued' }),
    __metadata("design:type", String)
], Expedition.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "roll", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "modifiers", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "score", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 10, nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "band", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reputation_change', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "reputationChange", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'wager_source', type: 'varchar', length: 8, nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "wagerSource", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'failure_entry_id', type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "failureEntryId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'discovery_entry_id', type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "discoveryEntryId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'sidecast_scholar_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "sidecastScholarId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'report_number', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "reportNumber", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Expedition.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'resolved_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Expedition.prototype, "resolvedAt", void 0);
exports.Expedition = Expedition = __decorate([
    (0, typeorm_1.Entity)('expeditions'),
    (0, typeorm_1.Index)('ux_expeditions_campaign_code', ['campaignId', 'code'], { unique: true }),
    (0, typeorm_1.Index)('ix_expeditions_campaign_status', ['campaignId', 'status']),
    (0, typeorm_1.Index)('ix_expeditions_player_theory', ['playerId', 'theoryId'])
], Expedition);
//# sourceMappingURL=expedition.entity.js.map