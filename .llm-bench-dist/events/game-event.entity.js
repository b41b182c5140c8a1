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
exports.GameEvent = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
/**
 * One entry of a campaign's append-only event log. `seq` is gapless per campaign because it is
 * taken from the campaign row inside the same write transaction as the change it records.
 */
let GameEvent = class GameEvent {
    id;
    campaignId;
    campaign;
    seq;
    /** Game-clock time of the change. */
    at;
    /** Discord user id of the player or admin who acted; null for the scheduler. */
    actorUserId;
    type;
    payload;
};
exports.GameEvent = GameEvent;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], GameEvent.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], GameEvent.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], GameEvent.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], GameEvent.prototype, "seq", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'datetime' }),
    __metadata("design:type", Date)
], GameEvent.prototype, "at", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'actor_user_id', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], GameEvent.prototype, "actorUserId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 48 }),
    __metadata("design:type", String)
], GameEvent.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Object)
], GameEvent.prototype, "payload", void 0);
exports.GameEvent = GameEvent = __decorate([
    (0, typeorm_1.Entity)('game_events'),
    (0, typeorm_1.Index)('ux_game_events_campaign_seq', ['campaignId', 'seq'], { unique: true }),
    (0, typeorm_1.Index)('ix_game_events_campaign_actor', ['campaignId', 'actorUserId', 'seq']),
    (0, typeorm_1.Index)('ix_game_events_campaign_type', ['campaignId', 'type', 'seq'])
], GameEvent);
//# sourceMappingURL=game-event.entity.js.map