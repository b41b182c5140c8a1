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
exports.Player = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("./campaign.entity");
const influence_1 = require("./influence");
/** A research lead, identified by Discord user id within one campaign. */
let Player = class Player {
    id;
    campaignId;
    campaign;
    userId;
    /** Latest display name, refreshed on every command, for press only. */
    displayName;
    /** Integer in [−50, +50]. */
    reputation;
    influence;
    /** Digests left during which recruitment chances are halved after a stake-my-career result. */
    stakeCooldownDigests;
    createdAt;
};
exports.Player = Player;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Player.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Player.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Player.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], Player.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'display_name', type: 'varchar', length: 100 }),
    __metadata("design:type", String)
], Player.prototype, "displayName", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Player.prototype, "reputation", void 0);
__decorate([
    (0, typeorm_1.Column)(() => influence_1.InfluenceBalance, { prefix: 'influence_' }),
    __metadata("design:type", influence_1.InfluenceBalance)
], Player.prototype, "influence", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'stake_cooldown_digests', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Player.prototype, "stakeCooldownDigests", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Player.prototype, "createdAt", void 0);
exports.Player = Player = __decorate([
    (0, typeorm_1.Entity)('players'),
    (0, typeorm_1.Index)('ux_players_campaign_user', ['campaignId', 'userId'], { unique: true })
], Player);
//# sourceMappingURL=player.entity.js.map