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
exports.ScholarFact = void 0;
const typeorm_1 = require("typeorm");
/** One timestamped thing that happened to a scholar. Facts are never edited. */
let ScholarFact = class ScholarFact {
    id;
    campaignId;
    scholarId;
    at;
    type;
    payload;
    /** Every fact of the current rules is permanent; the column leaves room for passing gossip. */
    permanent;
};
exports.ScholarFact = ScholarFact;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], ScholarFact.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], ScholarFact.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'scholar_id', type: 'integer' }),
    __metadata("design:type", Number)
], ScholarFact.prototype, "scholarId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'datetime' }),
    __metadata("design:type", Date)
], ScholarFact.prototype, "at", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], ScholarFact.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Object)
], ScholarFact.prototype, "payload", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'boolean', default: true }),
    __metadata("design:type", Boolean)
], ScholarFact.prototype, "permanent", void 0);
exports.ScholarFact = ScholarFact = __decorate([
    (0, typeorm_1.Entity)('scholar_facts'),
    (0, typeorm_1.Index)('ix_scholar_facts_scholar_at', ['scholarId', 'at']),
    (0, typeorm_1.Index)('ix_scholar_facts_campaign_type', ['campaignId', 'type'])
], ScholarFact);
//# sourceMappingURL=scholar-memory.entity.js.map