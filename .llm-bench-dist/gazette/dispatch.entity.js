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
exports.Dispatch = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
/**
 * One Discord message waiting to be sent (an outbox row). It is written in the same transaction
 * as the news it carries, so a crash or a failed send never loses it.
 */
let Dispatch = class Dispatch {
    id;
    campaignId;
    campaign;
    channelId;
    editionId;
    message;
    /** Sent with `enforce_nonce` so Discord drops a repeat after a crash between send and save. */
    nonce;
    status;
    attempts;
    nextAttemptAt;
    messageId;
    lastError;
    sentAt;
    createdAt;
};
exports.Dispatch = Dispatch;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Dispatch.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Dispatch.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Dispatch.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'channel_id', type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], Dispatch.prototype, "channelId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'edition_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Dispatch.prototype, "editionId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Object)
], Dispatch.prototype, "message", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 25 }),
    __metadata("design:type", String)
], Dispatch.prototype, "nonce", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 10, default: 'pending' }),
    __metadata("design:type", String)
], Dispatch.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Dispatch.prototype, "attempts", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'next_attempt_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Dispatch.prototype, "nextAttemptAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'message_id', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], Dispatch.prototype, "messageId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_error', type: 'varchar', length: 500, nullable: true }),
    __metadata("design:type", Object)
], Dispatch.prototype, "lastError", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'sent_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Dispatch.prototype, "sentAt", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Dispatch.prototype, "createdAt", void 0);
exports.Dispatch = Dispatch = __decorate([
    (0, typeorm_1.Entity)('dispatches'),
    (0, typeorm_1.Index)('ix_dispatches_status_due', ['status', 'nextAttemptAt']),
    (0, typeorm_1.Index)('ix_dispatches_campaign', ['campaignId'])
], Dispatch);
//# sourceMappingURL=dispatch.entity.js.map