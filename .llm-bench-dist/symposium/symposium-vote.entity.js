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
exports.SymposiumVote = void 0;
const typeorm_1 = require("typeorm");
const player_entity_1 = require("../campaigns/player.entity");
const symposium_session_entity_1 = require("./symposium-session.entity");
/** A player's stance on one symposium; changed in place until the symposium closes. */
let SymposiumVote = class SymposiumVote {
    id;
    sessionId;
    session;
    playerId;
    player;
    stance;
    updatedAt;
};
exports.SymposiumVote = SymposiumVote;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], SymposiumVote.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'session_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumVote.prototype, "sessionId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => symposium_session_entity_1.SymposiumSession, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'session_id' }),
    __metadata("design:type", symposium_session_entity_1.SymposiumSession)
], SymposiumVote.prototype, "session", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'player_id', type: 'integer' }),
    __metadata("design:type", Number)
], SymposiumVote.prototype, "playerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'player_id' }),
    __metadata("design:type", player_entity_1.Player)
], SymposiumVote.prototype, "player", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], SymposiumVote.prototype, "stance", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'updated_at', type: 'datetime' }),
    __metadata("design:type", Date)
], SymposiumVote.prototype, "updatedAt", void 0);
exports.SymposiumVote = SymposiumVote = __decorate([
    (0, typeorm_1.Entity)('symposium_votes'),
    (0, typeorm_1.Index)('ux_symposium_votes_session_player', ['sessionId', 'playerId'], { unique: true }),
    (0, typeorm_1.Index)('ix_symposium_votes_player', ['playerId'])
], SymposiumVote);
//# sourceMappingURL=symposium-vote.entity.js.map