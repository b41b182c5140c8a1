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
var Scholar_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.Scholar = void 0;
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
/** A named scholar of one campaign's roster, with the profile it was created from. */
let Scholar = Scholar_1 = class Scholar {
    id;
    campaignId;
    campaign;
    key;
    name;
    title;
    archetype;
    disciplines;
    methods;
    drives;
    virtues;
    vice;
    stats;
    politics;
    catchphrase;
    taboos;
    career;
    isLegend;
    /** The player who employs the scholar, or null when unaffiliated. */
    employerId;
    employer;
    /** Career rung of a junior (`Postdoc` first); null for established scholars. */
    careerRung;
    /** Career track of a junior: `academia` or a faction lab. */
    careerTrack;
    /** The player a junior emerged under, who may mentor them. */
    sponsorId;
    /** Slot of the digest in which the junior joined; neglect counts from the next one. */
    sponsoredAt;
    digestsWithoutMentorship;
    /** The player mentoring the scholar, or null; only the scholar's employer may mentor. */
    mentorId;
    /** Digests of active mentorship so far, across mentors; one rung every 3. */
    mentoredDigests;
    createdAt;
    /** Builds an unsaved scholar row for a campaign from a profile. */
    static fromProfile(campaignId, profile) {
        const scholar = new Scholar_1();
        scholar.campaignId = campaignId;
        scholar.key = profile.key;
        scholar.name = profile.name;
        scholar.title = profile.title;
        scholar.archetype = profile.archetype;
        scholar.disciplines = profile.disciplines;
        scholar.methods = profile.methods;
        scholar.drives = profile.drives;
        scholar.virtues = profile.virtues;
        scholar.vice = profile.vice;
        scholar.stats = profile.stats;
        scholar.politics = profile.politics;
        scholar.catchphrase = profile.catchphrase;
        scholar.taboos = profile.taboos;
        scholar.career = profile.career;
        scholar.isLegend = profile.isLegend;
        scholar.employerId = null;
        scholar.careerRung = null;
        scholar.careerTrack = null;
        scholar.sponsorId = null;
        scholar.sponsoredAt = null;
        scholar.digestsWithoutMentorship = 0;
        scholar.mentorId = null;
        scholar.mentoredDigests = 0;
        return scholar;
    }
};
exports.Scholar = Scholar;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Scholar.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'campaign_id', type: 'integer' }),
    __metadata("design:type", Number)
], Scholar.prototype, "campaignId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => campaign_entity_1.Campaign, { onDelete: 'CASCADE' }),
    (0, typeorm_1.JoinColumn)({ name: 'campaign_id' }),
    __metadata("design:type", campaign_entity_1.Campaign)
], Scholar.prototype, "campaign", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 64 }),
    __metadata("design:type", String)
], Scholar.prototype, "key", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 100 }),
    __metadata("design:type", String)
], Scholar.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 120 }),
    __metadata("design:type", String)
], Scholar.prototype, "title", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], Scholar.prototype, "archetype", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Array)
], Scholar.prototype, "disciplines", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Array)
], Scholar.prototype, "methods", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Array)
], Scholar.prototype, "drives", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Array)
], Scholar.prototype, "virtues", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 200 }),
    __metadata("design:type", String)
], Scholar.prototype, "vice", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Object)
], Scholar.prototype, "stats", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Object)
], Scholar.prototype, "politics", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 200 }),
    __metadata("design:type", String)
], Scholar.prototype, "catchphrase", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Array)
], Scholar.prototype, "taboos", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'simple-json' }),
    __metadata("design:type", Array)
], Scholar.prototype, "career", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'is_legend', type: 'boolean', default: false }),
    __metadata("design:type", Boolean)
], Scholar.prototype, "isLegend", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'employer_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Scholar.prototype, "employerId", void 0);
__decorate([
    (0, typeorm_1.ManyToOne)(() => player_entity_1.Player, { onDelete: 'SET NULL', nullable: true }),
    (0, typeorm_1.JoinColumn)({ name: 'employer_id' }),
    __metadata("design:type", Object)
], Scholar.prototype, "employer", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'career_rung', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], Scholar.prototype, "careerRung", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'career_track', type: 'varchar', length: 12, nullable: true }),
    __metadata("design:type", Object)
], Scholar.prototype, "careerTrack", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'sponsor_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Scholar.prototype, "sponsorId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'sponsored_at', type: 'datetime', nullable: true }),
    __metadata("design:type", Object)
], Scholar.prototype, "sponsoredAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'digests_without_mentorship', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Scholar.prototype, "digestsWithoutMentorship", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'mentor_id', type: 'integer', nullable: true }),
    __metadata("design:type", Object)
], Scholar.prototype, "mentorId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'mentored_digests', type: 'integer', default: 0 }),
    __metadata("design:type", Number)
], Scholar.prototype, "mentoredDigests", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'datetime' }),
    __metadata("design:type", Date)
], Scholar.prototype, "createdAt", void 0);
exports.Scholar = Scholar = Scholar_1 = __decorate([
    (0, typeorm_1.Entity)('scholars'),
    (0, typeorm_1.Index)('ux_scholars_campaign_key', ['campaignId', 'key'], { unique: true }),
    (0, typeorm_1.Index)('ix_scholars_campaign_name', ['campaignId', 'name']),
    (0, typeorm_1.Index)('ix_scholars_employer', ['employerId']),
    (0, typeorm_1.Index)('ix_scholars_campaign_sponsor', ['campaignId', 'sponsorId']),
    (0, typeorm_1.Index)('ix_scholars_campaign_mentor', ['campaignId', 'mentorId'])
], Scholar);
//# sourceMappingURL=scholar.entity.js.map