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
var ExpeditionsService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExpeditionsService = void 0;
exports.expeditionCost = expeditionCost;
exports.describeAmounts = describeAmounts;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const player_entity_1 = require("../campaigns/player.entity");
const clock_1 = require("../common/clock");
const validate_input_1 = require("../common/validate-input");
const app_config_1 = require("../config/app-config");
const write_queue_1 = require("../database/write-queue");
const press_service_1 = require("../gazette/press.service");
const scholar_profile_1 = require("../scholars/scholar-profile");
const scholars_service_1 = require("../scholars/scholars.service");
const theory_entity_1 = require("../theories/theory.entity");
const challenge_entity_1 = require("./challenge.entity");
const conference_entity_1 = require("./conference.entity");
const expedition_inputs_1 = require("./dto/expedition.inputs");
const expedition_press_1 = require("./expedition-press");
const expedition_rules_1 = require("./expedition-rules");
const expedition_entity_1 = require("./expedition.entity");
const expeditions_errors_1 = require("./expeditions.errors");
/** Discord shows at most 25 autocomplete choices. */
const MAX_AUTOCOMPLETE_CHOICES = 25;
/** Influence an expedition costs: the type's base cost plus academia per preparation step. */
function expeditionCost(config, type, depth) {
    const cost = { ...config.costs[type] };
    const steps = expedition_rules_1.DEPTHS.indexOf(depth);
    cost.academia = (cost.academia ?? 0) + steps * config.academiaPerDepthStep;
    return cost;
}
/** Writes a cost as "academia 2, government 1", or "nothing". */
function describeAmounts(amounts) {
    const parts = scholar_profile_1.FACTIONS.filter((faction) => (amounts[faction] ?? 0) !== 0).map((faction) => `${faction} ${amounts[faction]}`);
    return parts.join(', ') || 'nothing';
}
/**
 * Accepts expedition, conference and challenge orders. Each order is checked, paid for and queued
 * in one write transaction with its press release, so a rejected order changes nothing and two
 * orders at once can never spend the same influence.
 */
let ExpeditionsService = ExpeditionsService_1 = class ExpeditionsService {
    theories;
    campaigns;
    scholars;
    press;
    writes;
    config;
    clock;
    logger = new common_1.Logger(ExpeditionsService_1.name);
    constructor(theories, campaigns, scholars, press, writes, config, clock) {
        this.theories = theories;
        this.campaigns = campaigns;
        this.scholars = scholars;
        this.press = press;
        this.writes = writes;
        this.config = config;
        this.clock = clock;
    }
    get rules() {
        return this.config.game.expeditions;
    }
    /**
     * Checks the gate, team, theory and funds, then charges the cost, queues the expedition and
     * publishes its Research Manifesto, all in one write.
     */
    async launchExpedition(actor, rawInput) {
        const input = (0, validate_input_1.validateInput)((0, expedition_inputs_1.launchExpeditionSchema)(this.rules), rawInput);
        const accepted = await this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            if (!(0, expedition_rules_1.meetsGate)(input.type, player.reputation)) {
                throw new expeditions_errors_1.ExpeditionGateError(input.type, expedition_rules_1.EXPEDITION_GATES[input.type], player.reputation);
            }
            const team = await this.resolveScholars(campaign.id, input.team, player.id);
            const theory = input.theory
                ? await this.findOwnOpenTheory(manager, campaign.id, player.id, input.theory)
                : null;
            const confidence = theory?.confidence ?? input.confidence;
            if (!confidence) {
                throw new expeditions_errors_1.ConfidenceRequiredError();
            }
            const cost = expeditionCost(this.rules, input.type, input.depth);
            await this.charge(manager, player, cost);
            const fresh = await manager.findOneByOrFail(campaign_entity_1.Campaign, { id: campaign.id });
            const code = `EX-${String(fresh.nextExpeditionNumber).padStart(4, '0')}`;
            await manager.update(campaign_entity_1.Campaign, campaign.id, {
                nextExpeditionNumber: fresh.nextExpeditionNumber + 1,
            });
            const expedition = await manager.save(manager.create(expedition_entity_1.Expedition, {
                campaignId: campaign.id,
                playerId: player.id,
                code,
                type: input.type,
                objective: input.objective,
                theoryId: theory?.id ?? null,
                teamIds: team.map((scholar) => scholar.id),
                discipline: input.discipline,
                depth: input.depth,
                fundingFactions: input.fundingFactions,
                confidence,
                cost,
                status: 'queued',
            }));
            const text = (0, expedition_press_1.manifestoText)({
                code,
                type: input.type,
                playerName: player.displayName,
                objective: input.objective,
                teamNames: team.map((scholar) => scholar.name),
                discipline: input.discipline,
                depth: input.depth,
                fundingFactions: input.fundingFactions,
                confidence,
                bulletinNumber: theory?.bulletinNumber ?? null,
                cost: describeAmounts(cost),
            });
            const press = await this.press.publish(manager, campaign.id, 'research_manifesto', text);
            return { order: expedition, press };
        });
        this.logger.log({
            message: 'expedition launched',
            guildId: actor.guildId,
            userId: actor.userId,
            code: accepted.order.code,
            type: accepted.order.type,
            depth: accepted.order.depth,
        });
        return accepted;
    }
    /** Calls a conference on one of the player's open theories, judged at the next digest. */
    async callConference(actor, rawInput) {
        const input = (0, validate_input_1.validateInput)((0, expedition_inputs_1.conferenceSchema)(this.rules), rawInput);
        const accepted = await this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const theory = await this.findOwnOpenTheory(manager, campaign.id, player.id, input.theory);
            const supporters = await this.resolveScholars(campaign.id, input.supporters, player.id);
            const opposition = await this.resolveScholars(campaign.id, input.opposition, null);
            const clash = opposition.find((scholar) => supporters.some((s) => s.id === scholar.id));
            if (clash) {
                throw new expeditions_errors_1.DuplicateScholarError(clash.name);
            }
            const cost = { ...this.rules.conference.cost };
            await this.charge(manager, player, cost);
            const conference = await manager.save(manager.create(conference_entity_1.Conference, {
                campaignId: campaign.id,
                playerId: player.id,
                theoryId: theory.id,
                supporterIds: supporters.map((scholar) => scholar.id),
                oppositionIds: opposition.map((scholar) => scholar.id),
                cost,
                status: 'queued',
            }));
            const text = (0, expedition_press_1.conferenceCallText)({
                playerName: player.displayName,
                bulletinNumber: theory.bulletinNumber,
                claim: theory.claim,
                supporterNames: supporters.map((scholar) => scholar.name),
                oppositionNames: opposition.map((scholar) => scholar.name),
            });
            const press = await this.press.publish(manager, campaign.id, 'academic_gossip', text);
            return { order: conference, press };
        });
        this.logger.log({
            message: 'conference called',
            guildId: actor.guildId,
            userId: actor.userId,
            conferenceId: accepted.order.id,
        });
        return accepted;
    }
    /** Wagers against a rival's open theory before its deadline. */
    async challengeTheory(actor, rawInput) {
        const input = (0, validate_input_1.validateInput)(expedition_inputs_1.challengeSchema, rawInput);
        const accepted = await this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const theory = await this.findTheory(manager, campaign.id, input.theory);
            if (theory.playerId === player.id) {
                throw new expeditions_errors_1.ChallengeOwnTheoryError(theory.bulletinNumber);
            }
            if (theory.status !== 'open') {
                throw new expeditions_errors_1.TheoryClosedError(theory.bulletinNumber, theory.status);
            }
            if (theory.deadlineAt.getTime() <= this.clock.now().getTime()) {
                throw new expeditions_errors_1.ChallengeTooLateError(theory.bulletinNumber);
            }
            const existing = await manager.findOneBy(challenge_entity_1.Challenge, {
                theoryId: theory.id,
                challengerId: player.id,
            });
            if (existing) {
                throw new expeditions_errors_1.AlreadyChallengedError(theory.bulletinNumber);
            }
            const challenge = await manager.save(manager.create(challenge_entity_1.Challenge, {
                campaignId: campaign.id,
                theoryId: theory.id,
                challengerId: player.id,
                confidence: input.confidence,
                isSettled: false,
                outcome: null,
                reputationChange: null,
                settledAt: null,
            }));
            const owner = await manager.findOneByOrFail(player_entity_1.Player, { id: theory.playerId });
            const text = (0, expedition_press_1.challengeText)({
                challengerName: player.displayName,
                ownerName: owner.displayName,
                bulletinNumber: theory.bulletinNumber,
                confidence: input.confidence,
            });
            const press = await this.press.publish(manager, campaign.id, 'academic_gossip', text);
            return { order: challenge, press };
        });
        this.logger.log({
            message: 'theory challenged',
            guildId: actor.guildId,
            userId: actor.userId,
            challengeId: accepted.order.id,
        });
        return accepted;
    }
    /**
     * Open theories for autocomplete: the actor's own (`own`) or everyone else's (`rivals`), whose
     * bulletin number or claim contains the typed text, newest first.
     */
    async suggestTheories(actor, typed, scope) {
        const campaign = await this.campaigns.findCampaign(actor.guildId);
        const player = campaign ? await this.campaigns.findPlayer(campaign.id, actor.userId) : null;
        if (!campaign) {
            return [];
        }
        const open = await this.theories.find({
            where: { campaignId: campaign.id, status: 'open' },
            order: { bulletinNumber: 'DESC' },
            take: 200,
        });
        const needle = typed
            .trim()
            .toLowerCase()
            .replace(/^no\.?\s*/, '');
        const mine = (theory) => player !== null && theory.playerId === player.id;
        return open
            .filter((theory) => (scope === 'own' ? mine(theory) : !mine(theory)))
            .filter((theory) => needle === '' ||
            String(theory.bulletinNumber).startsWith(needle) ||
            theory.claim.toLowerCase().includes(needle))
            .slice(0, MAX_AUTOCOMPLETE_CHOICES);
    }
    /**
     * Resolves scholar choices, each named once. With `playerId`, every scholar must be that
     * player's own or unaffiliated; with null, any scholar of the campaign will do.
     */
    async resolveScholars(campaignId, choices, playerId) {
        const resolved = [];
        for (const choice of choices) {
            const scholar = await this.scholars.findByChoiceOrFail(campaignId, choice);
            if (resolved.some((known) => known.id === scholar.id)) {
                throw new expeditions_errors_1.DuplicateScholarError(scholar.name);
            }
            if (playerId !== null && scholar.employerId !== null && scholar.employerId !== playerId) {
                throw new expeditions_errors_1.ScholarEmployedElsewhereError(scholar.name);
            }
            resolved.push(scholar);
        }
        return resolved;
    }
    async findTheory(manager, campaignId, choice) {
        const match = /^(?:no\.?\s*)?(\d{1,9})\b/i.exec(choice.trim());
        const theory = match
            ? await manager.findOneBy(theory_entity_1.Theory, { campaignId, bulletinNumber: Number(match[1]) })
            : null;
        if (!theory) {
            throw new expeditions_errors_1.TheoryNotFoundError(choice);
        }
        return theory;
    }
    async findOwnOpenTheory(manager, campaignId, playerId, choice) {
        const theory = await this.findTheory(manager, campaignId, choice);
        if (theory.playerId !== playerId) {
            throw new expeditions_errors_1.TheoryNotYoursError(theory.bulletinNumber);
        }
        if (theory.status !== 'open') {
            throw new expeditions_errors_1.TheoryClosedError(theory.bulletinNumber, theory.status);
        }
        return theory;
    }
    /** Deducts the cost from the player's row as read in this transaction, or rejects it whole. */
    async charge(manager, player, cost) {
        const fresh = await manager.findOneByOrFail(player_entity_1.Player, { id: player.id });
        for (const faction of scholar_profile_1.FACTIONS) {
            const price = cost[faction] ?? 0;
            if (price > fresh.influence[faction]) {
                throw new expeditions_errors_1.InsufficientInfluenceError(faction, fresh.influence[faction], price);
            }
        }
        const influence = { ...fresh.influence };
        for (const faction of scholar_profile_1.FACTIONS) {
            influence[faction] -= cost[faction] ?? 0;
        }
        await manager.update(player_entity_1.Player, player.id, { influence });
        player.influence = influence;
    }
};
exports.ExpeditionsService = ExpeditionsService;
exports.ExpeditionsService = ExpeditionsService = ExpeditionsService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(theory_entity_1.Theory)),
    __param(6, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, campaigns_service_1.CampaignsService,
        scholars_service_1.ScholarsService,
        press_service_1.PressService,
        write_queue_1.WriteQueue,
        app_config_1.AppConfig, Object])
], ExpeditionsService);
//# sourceMappingURL=expeditions.service.js.map