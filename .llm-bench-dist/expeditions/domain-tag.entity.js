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
exports.DomainTag = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
/** A research domain a landmark expedition opened for the whole campaign. */
let DomainTag = class DomainTag {
    id;
    campaignId;
    campaign;
    tag;
    discipline;
    expeditionId;
    createdAt;
};
exports.DomainTag = DomainTag;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], DomainTag.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], DomainTag.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], DomainTag.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 120 }),
    __metadata("design:type", String)
], DomainTag.prototype, "tag", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], DomainTag.prototype, "discipline", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'expedition_id', type: 'integer' }),
    __metadata("design:type", Number)
], DomainTag.prototype, "expeditionId", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], DomainTag.prototype, "createdAt", void 0);
exports.DomainTag = DomainTag = __decorate([
    (0, typeorm_1.Entity)('campaign_domain_tags'),
    (0, typeorm_1.Index)('ux_domain_tags_campaign_tag', ['campaignId', 'tag'], { unique: true })
], DomainTag);
//# sourceMappingURL=domain-tag.entity.js.map