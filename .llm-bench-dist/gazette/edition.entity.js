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
exports.Edition = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
/**
 * One Gazette digest of a campaign for one scheduled slot. The unique key on (campaign, slot) is
 * what makes a digest idempotent: a second run for the same slot finds the row and does nothing.
 */
let Edition = class Edition {
    id;
    campaignId;
    campaign;
    /** The scheduled instant of the digest (UTC), not the time it ran. */
    slotAt;
    kind;
    /** `folded` marks a missed slot whose news went into a later edition. */
    status;
    year;
    createdAt;
};
exports.Edition = Edition;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Edition.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Edition.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Edition.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'slot_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Edition.prototype, "slotAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12 }),
    __metadata("design:type", String)
], Edition.prototype, "kind", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12 }),
    __metadata("design:type", String)
], Edition.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], Edition.prototype, "year", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Edition.prototype, "createdAt", void 0);
exports.Edition = Edition = __decorate([
    (0, typeorm_1.Entity)('editions'),
    (0, typeorm_1.Index)('ux_editions_campaign_slot', ['campaignId', 'slotAt'], { unique: true }),
    (0, typeorm_1.Index)('ix_editions_campaign_kind_slot', ['campaignId', 'kind', 'slotAt'])
], Edition);
//# sourceMappingURL=edition.entity.js.map