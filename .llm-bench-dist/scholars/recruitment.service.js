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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var RecruitmentService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.RecruitmentService = exports.RECRUIT_FEELING_ON_FAILURE = exports.RECRUIT_FEELING_ON_SUCCESS = exports.MENTORSHIP_RECRUIT_BONUS = void 0;
const common_1 = require("@nestjs/common");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const random_1 = require("../common/random");
const write_queue_1 = require("../database/write-queue");
const player_ledger_1 = require("../expeditions/player-ledger");
const press_service_1 = require("../gazette/press.service");
const poaching_rules_1 = require("./poaching-rules");
const poaching_press_1 = require("./poaching-press");
const recruitment_errors_1 = require("./recruitment.errors");
const scholar_entity_1 = require("./scholar.entity");
const scholar_feelings_service_1 = require("./scholar-feelings.service");
const scholar_memory_service_1 = require("./scholar-memory.service");
const scholar_rules_1 = require("./scholar-rules");
const scholars_service_1 = require("./scholars.service");
/** Relationship bonus for a scholar the player has mentored before. */
exports.MENTORSHIP_RECRUIT_BONUS = 0.05;
/** Feeling changes of a recruitment attempt (fixed). */
exports.RECRUIT_FEELING_ON_SUCCESS = 2;
exports.RECRUIT_FEELING_ON_FAILURE = -1;
/** Recruits unaffiliated scholars with a seeded roll against the recruitment chance. */
let RecruitmentService = RecruitmentService_1 = class RecruitmentService {
    campaigns;
    scholars;
    feelings;
    memory;
    press;
    writes;
    random;
    logger = new common_1.Logger(RecruitmentService_1.name);
    constructor(campaigns, scholars, feelings, memory, press, writes, random) {
        this.campaigns = campaigns;
        this.scholars = scholars;
        this.feelings = feelings;
        this.memory = memory;
        this.press = press;
        this.writes = writes;
        this.random = random;
    }
    /** The odds of recruiting the scholar through the faction; changes nothing but registration. */
    async quote(actor, scholarChoice, faction) {
        return this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
            return this.quoteWithin(manager, player, scholar, faction);
        });
    }
    /**
     * Checks the gate and the scholar, rolls against the chance, and applies the result with its
     * press line in one write. The roll's seed is the campaign seed, the scholar, the player and
     * the number of earlier attempts, so a rerun of the same attempt decides the same.
     */
    async recruit(actor, scholarChoice, faction) {
        const result = await this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            if (player.reputation < poaching_rules_1.RECRUIT_REPUTATION_GATE) {
                throw new recruitment_errors_1.RecruitGateError(poaching_rules_1.RECRUIT_REPUTATION_GATE, player.reputation);
            }
            const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
            const quote = await this.quoteWithin(manager, player, scholar, faction);
            const isAccepted = await this.roll(manager, campaign, player, scholar, quote.chance);
            return this.applyResult(manager, player, quote, isAccepted);
        });
        this.logger.log({
            message: 'recruitment attempted',
            guildId: actor.guildId,
            userId: actor.userId,
            scholarId: result.scholar.id,
            outcome: result.isAccepted ? 'accepted' : 'declined',
        });
        return result;
    }
    async quoteWithin(manager, player, scholar, faction) {
        if (scholar.employerId !== null) {
            throw new recruitment_errors_1.ScholarAlreadyEmployedError(scholar.name, scholar.employerId === player.id);
        }
        const feeling = await this.feelings.towardPlayer(manager, scholar.id, player.id);
        const wasMentored = await this.memory.wasMentoredBy(manager, scholar.id, player.id);
        const mentorshipBonus = wasMentored ? exports.MENTORSHIP_RECRUIT_BONUS : 0;
        const isCooldownActive = player.stakeCooldownDigests > 0;
        const influence = player.influence[faction];
        return {
            scholar,
            faction,
            chance: (0, scholar_rules_1.recruitmentChance)({ isCooldownActive, influence, feeling, mentorshipBonus }),
            isCooldownActive,
            influence,
            feeling,
            relationship: (0, scholar_rules_1.relationshipTerm)(feeling, mentorshipBonus),
            wasMentored,
        };
    }
    async roll(manager, campaign, player, scholar, chance) {
        const attempt = await this.memory.countFacts(manager, scholar.id, ['recruited', 'recruitment_declined'], player.id);
        const stream = this.random.stream(`${campaign.seed}:recruit:${scholar.id}:${player.id}:${attempt}`);
        return stream.float() < chance;
    }
    async applyResult(manager, player, quote, isAccepted) {
        const { scholar, faction } = quote;
        if (isAccepted) {
            scholar.employerId = player.id;
            await manager.update(scholar_entity_1.Scholar, scholar.id, { employerId: player.id });
            await this.feelings.adjust(manager, scholar.id, player.id, exports.RECRUIT_FEELING_ON_SUCCESS);
            await (0, player_ledger_1.shiftInfluence)(manager, player.id, { [faction]: 1 });
        }
        else {
            await this.feelings.adjust(manager, scholar.id, player.id, exports.RECRUIT_FEELING_ON_FAILURE);
        }
        await this.memory.recordFact(manager, scholar, isAccepted ? 'recruited' : 'recruitment_declined', {
            playerId: player.id,
            faction,
            chance: quote.chance,
        });
        const press = await this.press.publish(manager, scholar.campaignId, 'academic_gossip', (0, poaching_press_1.recruitmentText)({
            playerName: player.displayName,
            scholarName: scholar.name,
            faction,
            chance: quote.chance,
            isAccepted,
        }));
        return { ...quote, isAccepted, press };
    }
};
exports.RecruitmentService = RecruitmentService;
exports.RecruitmentService = RecruitmentService = RecruitmentService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(6, (0, common_1.Inject)(random_1.RANDOM)),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        scholars_service_1.ScholarsService,
        scholar_feelings_service_1.ScholarFeelingsService,
        scholar_memory_service_1.ScholarMemoryService,
        press_service_1.PressService,
        write_queue_1.WriteQueue, Object])
], RecruitmentService);
//# sourceMappingURL=recruitment.service.js.map