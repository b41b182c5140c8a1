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
exports.SymposiumPledge = void 0;
const typeorm_1 = require("typeorm");
const player_entity_1 = require("../campaigns/player.entity");
const symposium_session_entity_1 = require("./symposium-session.entity");
/**
 * How one player's pledge was settled when a symposium closed. One row per (session, player), so
 * a forfeit and its shortfall are counted once even if the close runs again.
 */
let SymposiumPledge = class SymposiumPledge {
    id;
    sessionId;
    session;
    playerId;
    player;
    amount;
    outcome;
    /** The faction a forfeit was taken from; null when nothing was taken. */
    faction;
    taken;
    /** Part of a forfeit the balance could not cover; added to the player's debt. */
    shortfall;
};
exports.SymposiumPledge = SymposiumPledge;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], SymposiumPledge.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'session_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumPledge.prototype, "sessionId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => symposium_session_entity_1.SymposiumSession, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'session_id' }),
    __metadata("design:type", symposium_session_entity_1.SymposiumSession)
], SymposiumPledge.prototype, "session", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'player_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumPledge.prototype, "playerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'player_id' }),
    __metadata("design:type", player_entity_1.Player)
], SymposiumPledge.prototype, "player", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumPledge.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12 }),
    __metadata("design:type", String)
], SymposiumPledge.prototype, "outcome", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12, nullable: true }),
    __metadata("design:type", Object)
], SymposiumPledge.prototype, "faction", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], SymposiumPledge.prototype, "taken", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], SymposiumPledge.prototype, "shortfall", void 0);
exports.SymposiumPledge = SymposiumPledge = __decorate([
    (0, typeorm_1.Entity)('symposium_pledges'),
    (0, typeorm_1.Index)('ux_symposium_pledges_session_player', ['sessionId', 'playerId'], { unique: true }),
    (0, typeorm_1.Index)('ix_symposium_pledges_player', ['playerId'])
], SymposiumPledge);
//# sourceMappingURL=symposium-pledge.entity.js.map