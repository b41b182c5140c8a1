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
var MentorshipService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.MentorshipService = exports.MENTORED_FEELING_GAIN = void 0;
exports.rungIndex = rungIndex;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const player_entity_1 = require("../campaigns/player.entity");
const write_queue_1 = require("../database/write-queue");
const press_service_1 = require("../gazette/press.service");
const mentorship_errors_1 = require("./mentorship.errors");
const poaching_press_1 = require("./poaching-press");
const poaching_rules_1 = require("./poaching-rules");
const scholar_entity_1 = require("./scholar.entity");
const scholar_feelings_service_1 = require("./scholar-feelings.service");
const scholar_memory_service_1 = require("./scholar-memory.service");
const scholar_rules_1 = require("./scholar-rules");
const scholars_service_1 = require("./scholars.service");
/** Feeling a mentee gains toward the mentor at each mentored digest. */
exports.MENTORED_FEELING_GAIN = 1;
/** The rung index of a junior's current title on its track, or 0 when the title is unknown. */
function rungIndex(track, rung) {
    const index = scholar_rules_1.CAREER_TRACKS[track].indexOf(rung ?? '');
    return Math.max(0, index);
}
/**
 * Mentorship: a player mentors one of their own scholars at a time. At each digest a mentee's
 * neglect count resets, its feeling toward the mentor warms, and every third mentored digest
 * raises its loyalty and, for a junior, its rung.
 */
let MentorshipService = MentorshipService_1 = class MentorshipService {
    campaigns;
    scholars;
    feelings;
    memory;
    press;
    writes;
    logger = new common_1.Logger(MentorshipService_1.name);
    constructor(campaigns, scholars, feelings, memory, press, writes) {
        this.campaigns = campaigns;
        this.scholars = scholars;
        this.feelings = feelings;
        this.memory = memory;
        this.press = press;
        this.writes = writes;
    }
    /** Starts mentoring one of the player's scholars, ending any other mentorship of theirs. */
    async mentor(actor, scholarChoice) {
        return this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
            if (scholar.employerId !== player.id) {
                throw new mentorship_errors_1.NotYourScholarError(scholar.name);
            }
            const previous = await manager.findBy(scholar_entity_1.Scholar, {
                campaignId: campaign.id,
                mentorId: player.id,
                id: (0, typeorm_1.Not)(scholar.id),
            });
            for (const former of previous) {
                await manager.update(scholar_entity_1.Scholar, former.id, { mentorId: null });
                await this.memory.recordFact(manager, former, 'mentorship_ended', { playerId: player.id });
            }
            await manager.update(scholar_entity_1.Scholar, scholar.id, { mentorId: player.id });
            await this.memory.recordFact(manager, scholar, 'mentorship_began', { playerId: player.id });
            this.logger.log({ message: 'mentorship began', campaignId: campaign.id, scholarId: scholar.id });
            return this.press.publish(manager, campaign.id, 'academic_gossip', (0, poaching_press_1.mentorshipText)({ playerName: player.displayName, scholarName: scholar.name }));
        });
    }
    /** Moves one of the player's juniors to a lab track, keeping its rung. */
    async assignLab(actor, scholarChoice, track) {
        return this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
            if (scholar.employerId !== player.id) {
                throw new mentorship_errors_1.NotYourScholarError(scholar.name);
            }
            if (scholar.careerRung === null) {
                throw new mentorship_errors_1.NotAJuniorError(scholar.name);
            }
            const index = rungIndex(scholar.careerTrack ?? 'academia', scholar.careerRung);
            const rung = scholar_rules_1.CAREER_TRACKS[track][index];
            await manager.update(scholar_entity_1.Scholar, scholar.id, { careerTrack: track, careerRung: rung });
            await this.memory.recordFact(manager, scholar, 'lab_assigned', {
                playerId: player.id,
                track,
                rung,
            });
            return this.press.publish(manager, campaign.id, 'academic_gossip', (0, poaching_press_1.labText)({ playerName: player.displayName, scholarName: scholar.name, track, rung }));
        });
    }
    /**
     * Credits one digest of mentorship to every mentee of the campaign, inside the digest's
     * transaction. Runs after the junior-neglect count, so resetting that count here keeps a
     * mentored junior from ever reaching the neglect threshold. A mentee who no longer works for
     * the mentor loses the mentorship instead.
     */
    async creditMentoredDigest(manager, campaign, slotAt, reactions) {
        const mentees = await manager.find(scholar_entity_1.Scholar, {
            where: { campaignId: campaign.id, mentorId: (0, typeorm_1.Not)((0, typeorm_1.IsNull)()) },
            order: { id: 'ASC' },
        });
        const promoted = [];
        for (const mentee of mentees) {
            if (mentee.employerId !== mentee.mentorId) {
                await manager.update(scholar_entity_1.Scholar, mentee.id, { mentorId: null });
                continue;
            }
            if (await this.advance(manager, mentee, slotAt, reactions)) {
                promoted.push(mentee);
            }
        }
        return promoted;
    }
    /** Returns true when the digest promoted the mentee. */
    async advance(manager, mentee, slotAt, reactions) {
        const mentorId = mentee.mentorId;
        const digests = mentee.mentoredDigests + 1;
        const track = mentee.careerTrack ?? 'academia';
        const isJunior = mentee.careerRung !== null;
        const isPromotion = isJunior && (0, scholar_rules_1.isPromotionDigest)(track, digests);
        const isMilestone = digests % scholar_rules_1.DIGESTS_PER_RUNG === 0;
        const loyalty = isMilestone
            ? Math.min(poaching_rules_1.MAX_LOYALTY, mentee.stats.loyalty + 1)
            : mentee.stats.loyalty;
        const rung = isPromotion ? scholar_rules_1.CAREER_TRACKS[track][(0, scholar_rules_1.careerRung)(track, digests)] : mentee.careerRung;
        Object.assign(mentee, {
            mentoredDigests: digests,
            digestsWithoutMentorship: 0,
            careerRung: rung,
            stats: { ...mentee.stats, loyalty },
        });
        await manager.update(scholar_entity_1.Scholar, mentee.id, {
            mentoredDigests: digests,
            digestsWithoutMentorship: 0,
            careerRung: rung,
            stats: mentee.stats,
        });
        const feeling = await this.feelings.adjust(manager, mentee.id, mentorId, exports.MENTORED_FEELING_GAIN);
        if (!isPromotion || rung === null) {
            return false;
        }
        await this.memory.recordFact(manager, mentee, 'promoted', { playerId: mentorId, rung }, slotAt);
        const mentor = await manager.findOneByOrFail(player_entity_1.Player, { id: mentorId });
        const press = await this.press.publish(manager, mentee.campaignId, 'academic_gossip', (0, poaching_press_1.promotionText)({ playerName: mentor.displayName, scholarName: mentee.name, rung }));
        reactions.push({
            scholarId: mentee.id,
            scholarName: mentee.name,
            catchphrase: mentee.catchphrase,
            archetype: mentee.archetype,
            event: `was promoted to ${rung} under ${mentor.displayName}'s mentorship`,
            stance: Math.max(-10, Math.min(10, Math.round(feeling))),
            traits: { ...mentee.stats },
            pressNumber: press.number,
        });
        return true;
    }
};
exports.MentorshipService = MentorshipService;
exports.MentorshipService = MentorshipService = MentorshipService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        scholars_service_1.ScholarsService,
        scholar_feelings_service_1.ScholarFeelingsService,
        scholar_memory_service_1.ScholarMemoryService,
        press_service_1.PressService,
        write_queue_1.WriteQueue])
], MentorshipService);
//# sourceMappingURL=mentorship.service.js.map