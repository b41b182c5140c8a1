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
exports.Campaign = void 0;
const typeorm_1 = require("typeorm");
/** One campaign per Discord server; every other row hangs off a campaign. */
let Campaign = class Campaign {
    id;
    guildId;
    /** Seed for every random draw of this campaign (scholars, rolls). */
    seed;
    /** IANA time zone in which digest times and deadlines are read. */
    timeZone;
    startYear;
    currentYear;
    gazetteChannelId;
    tableTalkChannelId;
    adminChannelId;
    /** Next Academic Bulletin number; taken and bumped inside the write that publishes it. */
    nextBulletinNumber;
    /** Next press release number in the public archive. */
    nextPressNumber;
    /** Next expedition number, printed in codes such as `EX-0007`. */
    nextExpeditionNumber;
    /** Next sequence number of the campaign's event log. */
    nextEventSeq;
    /** While true, player actions are refused and digests wait; they catch up on resume. */
    paused;
    /** Set from the game clock, not the database's, because the first digest slot counts from it. */
    createdAt;
};
exports.Campaign = Campaign;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Campaign.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'guild_id', type: 'varchar', length: 32, unique: true }),
    __metadata("design:type", String)
], Campaign.prototype, "guildId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 128 }),
    __metadata("design:type", String)
], Campaign.prototype, "seed", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'time_zone', type: 'varchar', length: 64 }),
    __metadata("design:type", String)
], Campaign.prototype, "timeZone", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'start_year', type: 'integer' }),
    __metadata("design:type", Number)
], Campaign.prototype, "startYear", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'current_year', type: 'integer' }),
    __metadata("design:type", Number)
], Campaign.prototype, "currentYear", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'gazette_channel_id', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], Campaign.prototype, "gazetteChannelId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'table_talk_channel_id', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], Campaign.prototype, "tableTalkChannelId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'admin_channel_id', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], Campaign.prototype, "adminChannelId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'next_bulletin_number', type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Campaign.prototype, "nextBulletinNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'next_press_number', type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Campaign.prototype, "nextPressNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'next_expedition_number', type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Campaign.prototype, "nextExpeditionNumber", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'next_event_seq', type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Campaign.prototype, "nextEventSeq", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Campaign.prototype, "paused", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'datetime', default: () => "datetime('now')" }),
    __metadata("design:type", Date)
], Campaign.prototype, "createdAt", void 0);
exports.Campaign = Campaign = __decorate([
    (0, typeorm_1.Entity)('campaigns')
], Campaign);
//# sourceMappingURL=campaign.entity.js.map