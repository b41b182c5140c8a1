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
var TheoriesService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.TheoriesService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const luxon_1 = require("luxon");
const typeorm_2 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const influence_1 = require("../campaigns/influence");
const player_entity_1 = require("../campaigns/player.entity");
const clock_1 = require("../common/clock");
const validate_input_1 = require("../common/validate-input");
const app_config_1 = require("../config/app-config");
const write_queue_1 = require("../database/write-queue");
const events_service_1 = require("../events/events.service");
const press_service_1 = require("../gazette/press.service");
const narrator_1 = require("../narration/narrator");
const scholars_service_1 = require("../scholars/scholars.service");
const submit_theory_input_1 = require("./dto/submit-theory.input");
const theories_errors_1 = require("./theories.errors");
const theory_entity_1 = require("./theory.entity");
const scholar_memory_service_1 = require("../scholars/scholar-memory.service");
/** Reputation a player loses when a theory reaches its deadline untested. */
const LAPSE_PENALTY = 1;
/** Publishes theories as numbered Academic Bulletins and lapses the ones left untested. */
let TheoriesService = TheoriesService_1 = class TheoriesService {
    theories;
    campaigns;
    scholars;
    press;
    writes;
    config;
    narrator;
    clock;
    events;
    memory;
    logger = new common_1.Logger(TheoriesService_1.name);
    constructor(theories, campaigns, scholars, press, writes, config, narrator, clock, events, memory) {
        this.theories = theories;
        this.campaigns = campaigns;
        this.scholars = scholars;
        this.press = press;
        this.writes = writes;
        this.config = config;
        this.narrator = narrator;
        this.clock = clock;
        this.events = events;
        this.memory = memory;
    }
    /**
     * Validates the options, then in one write registers the player if new, takes the next
     * bulletin number, stores the theory and its Academic Bulletin. Nothing is stored if any
     * option is invalid.
     */
    async submitTheory(actor, rawInput) {
        const input = (0, validate_input_1.validateInput)((0, submit_theory_input_1.submitTheorySchema)(this.config.game.theory), rawInput);
        const submitted = await this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const supporters = await this.resolveSupporters(campaign.id, input.supporters);
            const now = this.clock.now();
            const fresh = await manager.findOneByOrFail(campaign_entity_1.Campaign, { id: campaign.id });
            const deadlineAt = luxon_1.DateTime.fromJSDate(now).plus({ days: input.deadlineDays }).toJSDate();
            const theory = manager.create(theory_entity_1.Theory, {
                campaignId: campaign.id,
                playerId: player.id,
                bulletinNumber: fresh.nextBulletinNumber,
                claim: input.claim,
                confidence: input.confidence,
                supporterIds: supporters.map((scholar) => scholar.id),
                status: 'open',
                deadlineAt,
                resolvedAt: null,
            });
            await manager.update(campaign_entity_1.Campaign, campaign.id, {
                nextBulletinNumber: fresh.nextBulletinNumber + 1,
            });
            await manager.save(theory);
            const text = await this.narrator.theoryBulletin({
                bulletinNumber: theory.bulletinNumber,
                year: fresh.currentYear,
                playerName: player.displayName,
                claim: theory.claim,
                confidence: theory.confidence,
                supporterNames: supporters.map((scholar) => scholar.name),
                deadline: this.formatDeadline(deadlineAt, fresh),
            });
            const bulletin = await this.press.publish(manager, campaign.id, 'academic_bulletin', text);
            for (const supporter of supporters) {
                await this.memory.recordFact(manager, supporter, 'theory_supported', {
                    playerId: player.id,
                    bulletinNumber: theory.bulletinNumber,
                });
            }
            await this.events.append(manager, campaign.id, actor.userId, 'theory.submitted', {
                theoryId: theory.id,
                bulletinNumber: theory.bulletinNumber,
                pressNumber: bulletin.number,
                confidence: theory.confidence,
                supporterIds: theory.supporterIds,
                deadlineAt: deadlineAt.toISOString(),
            });
            return { theory, bulletin, supporters };
        });
        this.logger.log({
            message: 'theory submitted',
            guildId: actor.guildId,
            userId: actor.userId,
            bulletinNumber: submitted.theory.bulletinNumber,
            confidence: submitted.theory.confidence,
        });
        return submitted;
    }
    /** Open theories of a player, oldest first. */
    findOpenTheories(campaignId, playerId) {
        return this.theories.find({
            where: { campaignId, playerId, status: 'open' },
            order: { bulletinNumber: 'ASC' },
        });
    }
    /**
     * Lapses every open theory of the campaign whose deadline is at or before `at`: the owner loses
     * 1 reputation and the Gazette notes it. Runs inside the digest's write transaction.
     */
    async lapseOverdueTheories(manager, campaign, at) {
        const overdue = await manager.find(theory_entity_1.Theory, {
            where: { campaignId: campaign.id, status: 'open', deadlineAt: (0, typeorm_2.LessThanOrEqual)(at) },
            order: { bulletinNumber: 'ASC' },
        });
        const notes = [];
        for (const theory of overdue) {
            const player = await manager.findOneByOrFail(player_entity_1.Player, { id: theory.playerId });
            const reputationAfter = (0, influence_1.clampReputation)(player.reputation - LAPSE_PENALTY);
            await manager.update(player_entity_1.Player, player.id, { reputation: reputationAfter });
            await manager.update(theory_entity_1.Theory, theory.id, { status: 'lapsed', resolvedAt: at });
            const text = await this.narrator.theoryLapse({
                bulletinNumber: theory.bulletinNumber,
                year: campaign.currentYear,
                playerName: player.displayName,
                claim: theory.claim,
                reputationAfter,
            });
            const note = await this.press.publish(manager, campaign.id, 'gazette_note', text);
            await this.events.append(manager, campaign.id, null, 'theory.lapsed', {
                theoryId: theory.id,
                bulletinNumber: theory.bulletinNumber,
                playerId: player.id,
                reputationAfter,
                pressNumber: note.number,
            });
            notes.push(note);
        }
        return notes;
    }
    async resolveSupporters(campaignId, choices) {
        const supporters = [];
        for (const choice of choices) {
            const scholar = await this.scholars.findByChoiceOrFail(campaignId, choice);
            if (supporters.some((known) => known.id === scholar.id)) {
                throw new theories_errors_1.DuplicateSupporterError(scholar.name);
            }
            supporters.push(scholar);
        }
        return supporters;
    }
    formatDeadline(deadlineAt, campaign) {
        return luxon_1.DateTime.fromJSDate(deadlineAt, { zone: campaign.timeZone }).toFormat('cccc d LLLL, HH:mm ZZZZ');
    }
};
exports.TheoriesService = TheoriesService;
exports.TheoriesService = TheoriesService = TheoriesService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(theory_entity_1.Theory)),
    __param(6, (0, common_1.Inject)(narrator_1.NARRATOR)),
    __param(7, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, campaigns_service_1.CampaignsService,
        scholars_service_1.ScholarsService,
        press_service_1.PressService,
        write_queue_1.WriteQueue,
        app_config_1.AppConfig, Object, Object, events_service_1.EventsService,
        scholar_memory_service_1.ScholarMemoryService])
], TheoriesService);
//# sourceMappingURL=theories.service.js.map