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
exports.SymposiumSession = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const symposium_topic_entity_1 = require("./symposium-topic.entity");
/**
 * One weekly symposium. The unique key on (campaign, call slot) makes the weekly call idempotent:
 * a second digest after the same slot finds the row and calls nothing.
 */
let SymposiumSession = class SymposiumSession {
    id;
    campaignId;
    campaign;
    topicId;
    topic;
    /** The scheduled weekly slot of the call (UTC), not the time the digest ran. */
    calledAt;
    status;
    winningStance;
    closedAt;
};
exports.SymposiumSession = SymposiumSession;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], SymposiumSession.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumSession.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], SymposiumSession.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'topic_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumSession.prototype, "topicId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => symposium_topic_entity_1.SymposiumTopic, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'topic_id' }),
    __metadata("design:type", symposium_topic_entity_1.SymposiumTopic)
], SymposiumSession.prototype, "topic", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'called_at', type: 'datetime' }),
    __metadata("design:type", Date)
], SymposiumSession.prototype, "calledAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12 }),
    __metadata("design:type", String)
], SymposiumSession.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'winning_stance', type: 'varchar', length: 16, nullable: true }),
    __metadata("design:type", Object)
], SymposiumSession.prototype, "winningStance", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'closed_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], SymposiumSession.prototype, "closedAt", void 0);
exports.SymposiumSession = SymposiumSession = __decorate([
    (0, typeorm_1.Entity)('symposium_sessions'),
    (0, typeorm_1.Index)('ux_symposium_sessions_campaign_slot', ['campaignId', 'calledAt'], { unique: true }),
    (0, typeorm_1.Index)('ix_symposium_sessions_campaign_status', ['campaignId', 'status']),
    (0, typeorm_1.Index)('ix_symposium_sessions_topic', ['topicId'])
], SymposiumSession);
//# sourceMappingURL=symposium-session.entity.js.map