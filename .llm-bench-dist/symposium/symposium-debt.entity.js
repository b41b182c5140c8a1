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
exports.SymposiumDebt = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
/** A player's symposium record: unpaid forfeits, missed votes in a row, the last grace. */
let SymposiumDebt = class SymposiumDebt {
    id;
    campaignId;
    campaign;
    playerId;
    player;
    /** Influence owed from forfeits the player's balance could not cover. */
    debt;
    /** Symposia missed in a row; a vote resets it. */
    missStreak;
    /** When a missed vote was last forgiven; one grace per 28 days. */
    lastGraceAt;
};
exports.SymposiumDebt = SymposiumDebt;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], SymposiumDebt.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumDebt.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], SymposiumDebt.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'player_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumDebt.prototype, "playerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'player_id' }),
    __metadata("design:type", player_entity_1.Player)
], SymposiumDebt.prototype, "player", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], SymposiumDebt.prototype, "debt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'miss_streak', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], SymposiumDebt.prototype, "missStreak", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_grace_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], SymposiumDebt.prototype, "lastGraceAt", void 0);
exports.SymposiumDebt = SymposiumDebt = __decorate([
    (0, typeorm_1.Entity)('symposium_debts'),
    (0, typeorm_1.Index)('ux_symposium_debts_player', ['playerId'], { unique: true }),
    (0, typeorm_1.Index)('ix_symposium_debts_campaign', ['campaignId'])
], SymposiumDebt);
//# sourceMappingURL=symposium-debt.entity.js.map