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
exports.SymposiumTopic = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
/** A topic proposed by a player, or a built-in one the game chose for lack of proposals. */
let SymposiumTopic = class SymposiumTopic {
    id;
    campaignId;
    campaign;
    /** The proposing player; null for a built-in topic. */
    proposerId;
    proposer;
    title;
    status;
    /** Key of the built-in topic, so the same one is not picked twice in a row. */
    builtinKey;
    proposedAt;
};
exports.SymposiumTopic = SymposiumTopic;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], SymposiumTopic.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumTopic.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], SymposiumTopic.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'proposer_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], SymposiumTopic.prototype, "proposerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'SET NULL', nullable: true }),
    (0, typeorm_1.JoinColumn)({ name: 'proposer_id' }),
    __metadata("design:type", Object)
], SymposiumTopic.prototype, "proposer", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 200 }),
    __metadata("design:type", String)
], SymposiumTopic.prototype, "title", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12 }),
    __metadata("design:type", String)
], SymposiumTopic.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'builtin_key', type: 'varchar', length: 48, nullable: true }),
    __metadata("design:type", Object)
], SymposiumTopic.prototype, "builtinKey", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'proposed_at', type: 'datetime' }),
    __metadata("design:type", Date)
], SymposiumTopic.prototype, "proposedAt", void 0);
exports.SymposiumTopic = SymposiumTopic = __decorate([
    (0, typeorm_1.Entity)('symposium_topics'),
    (0, typeorm_1.Index)('ix_symposium_topics_campaign_status', ['campaignId', 'status', 'proposedAt']),
    (0, typeorm_1.Index)('ix_symposium_topics_proposer_status', ['proposerId', 'status'])
], SymposiumTopic);
//# sourceMappingURL=symposium-topic.entity.js.map