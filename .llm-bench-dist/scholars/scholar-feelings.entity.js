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
exports.ScholarFeeling = void 0;
const typeorm_1 = require("typeorm");
/** How one scholar feels about a player or another scholar; positive is warm. */
let ScholarFeeling = class ScholarFeeling {
    id;
    campaignId;
    scholarId;
    subjectKind;
    subjectId;
    value;
    /** Ceiling a betrayal set; the feeling never rises above it and the scar never decays. */
    scarLevel;
    updatedAt;
};
exports.ScholarFeeling = ScholarFeeling;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], ScholarFeeling.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], ScholarFeeling.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'scholar_id', type: 'integer' }),
    __metadata("design:type", Number)
], ScholarFeeling.prototype, "scholarId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'subject_kind', type: 'varchar', length: 8 }),
    __metadata("design:type", String)
], ScholarFeeling.prototype, "subjectKind", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'subject_id', type: 'integer' }),
    __metadata("design:type", Number)
], ScholarFeeling.prototype, "subjectId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'real', default: 0 }),
    __metadata("design:type", Number)
], ScholarFeeling.prototype, "value", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'scar_level', type: 'real', nullable: true }),
    __metadata("design:type", Object)
], ScholarFeeling.prototype, "scarLevel", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'datetime' }),
    __metadata("design:type", Date)
], ScholarFeeling.prototype, "updatedAt", void 0);
exports.ScholarFeeling = ScholarFeeling = __decorate([
    (0, typeorm_1.Entity)('scholar_feelings'),
    (0, typeorm_1.Index)('ux_feelings_scholar_subject', ['scholarId', 'subjectKind', 'subjectId'], { unique: true }),
    (0, typeorm_1.Index)('ix_feelings_campaign_subject', ['campaignId', 'subjectKind', 'subjectId'])
], ScholarFeeling);
//# sourceMappingURL=scholar-feelings.entity.js.map