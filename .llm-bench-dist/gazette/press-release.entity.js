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
exports.PressRelease = exports.PRESS_TYPE_LABELS = exports.PRESS_TYPES = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
exports.PRESS_TYPES = [
    'academic_bulletin',
    'research_manifesto',
    'discovery_report',
    'retraction_notice',
    'academic_gossip',
    'poaching_wire',
    'defection_notice',
    'symposium_call',
    'symposium_result',
    'years_turn',
    'gazette_note',
];
/** Readable name of each press type, as printed in the Gazette. */
exports.PRESS_TYPE_LABELS = {
    academic_bulletin: 'Academic Bulletin',
    research_manifesto: 'Research Manifesto',
    discovery_report: 'Discovery Report',
    retraction_notice: 'Retraction Notice',
    academic_gossip: 'Academic Gossip',
    poaching_wire: 'Poaching Wire',
    defection_notice: 'Defection Notice',
    symposium_call: 'Symposium Call',
    symposium_result: 'Symposium Result',
    years_turn: "Year's Turn",
    gazette_note: 'Gazette Note',
};
/**
 * A press release in the public archive. Stored before anything is sent, and numbered per campaign
 * so every item can be cited as "Press No. N".
 */
let PressRelease = class PressRelease {
    id;
    campaignId;
    campaign;
    number;
    type;
    headline;
    body;
    /** In-game year at publication. */
    year;
    /** The Gazette edition that carried this item, or null until the next digest. */
    editionId;
    createdAt;
};
exports.PressRelease = PressRelease;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], PressRelease.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], PressRelease.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], PressRelease.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], PressRelease.prototype, "number", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], PressRelease.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 256 }),
    __metadata("design:type", String)
], PressRelease.prototype, "headline", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], PressRelease.prototype, "body", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], PressRelease.prototype, "year", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'edition_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], PressRelease.prototype, "editionId", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], PressRelease.prototype, "createdAt", void 0);
exports.PressRelease = PressRelease = __decorate([
    (0, typeorm_1.Entity)('press_releases'),
    (0, typeorm_1.Index)('ux_press_campaign_number', ['campaignId', 'number'], { unique: true }),
    (0, typeorm_1.Index)('ix_press_campaign_edition', ['campaignId', 'editionId'])
], PressRelease);
//# sourceMappingURL=press-release.entity.js.map