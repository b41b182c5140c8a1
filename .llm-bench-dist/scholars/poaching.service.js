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
var PoachingService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.PoachingService = exports.MAX_TERMS_LENGTH = exports.MAX_OFFER = exports.MIN_OFFER = void 0;
const common_1 = require("@nestjs/common");
const luxon_1 = require("luxon");
const typeorm_1 = require("typeorm");
const campaigns_service_1 = require("../campaigns/campaigns.service");
const player_entity_1 = require("../campaigns/player.entity");
const clock_1 = require("../common/clock");
const game_error_1 = require("../common/game-error");
const random_1 = require("../common/random");
const write_queue_1 = require("../database/write-queue");
const press_service_1 = require("../gazette/press.service");
const poaching_escrow_1 = require("./poaching-escrow");
const poaching_offer_entity_1 = require("./poaching-offer.entity");
const poaching_press_1 = require("./poaching-press");
const poaching_rules_1 = require("./poaching-rules");
const poaching_errors_1 = require("./poaching.errors");
const scholar_entity_1 = require("./scholar.entity");
const scholar_feelings_service_1 = require("./scholar-feelings.service");
const scholar_memory_service_1 = require("./scholar-memory.service");
const scholar_rules_1 = require("./scholar-rules");
const scholars_service_1 = require("./scholars.service");
/** Bounds of one offer or counter, in influence of one faction. */
exports.MIN_OFFER = 1;
exports.MAX_OFFER = 16;
/** Terms are player text shown in the Poaching Wire. */
exports.MAX_TERMS_LENGTH = 300;
/** Feeling a defector gains toward its new employer. */
const DEFECTION_WARMTH = 2;
/**
 * Offers for other players' scholars: escrowed at once, countered by the employer, and decided
 * at the first digest at least 24 hours later, one decision per scholar however many rivals bid.
 */
let PoachingService = PoachingService_1 = class PoachingService {
    campaigns;
    scholars;
    feelings;
    memory;
    press;
    writes;
    dataSource;
    random;
    clock;
    logger = new common_1.Logger(PoachingService_1.name);
    constructor(campaigns, scholars, feelings, memory, press, writes, dataSource, random, clock) {
        this.campaigns = campaigns;
        this.scholars = scholars;
        this.feelings = feelings;
        this.memory = memory;
        this.press = press;
        this.writes = writes;
        this.dataSource = dataSource;
        this.random = random;
        this.clock = clock;
    }
    /** Escrows the offer from the rival and publishes it on the Poaching Wire, in one write. */
    async poach(actor, scholarChoice, faction, amount, terms) {
        checkAmount(amount);
        const cleanTerms = terms.trim();
        if (cleanTerms.length === 0 || cleanTerms.length > exports.MAX_TERMS_LENGTH) {
            throw new game_error_1.InvalidOptionError('terms', `Terms need 1 to ${exports.MAX_TERMS_LENGTH} characters; yours have ${cleanTerms.length}.`);
        }
        const placed = await this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
            if (scholar.employerId === null || scholar.employerId === player.id) {
                throw new poaching_errors_1.NotPoachableError(scholar.name, scholar.employerId === null ? 'unaffiliated' : 'yours');
            }
            const open = await this.openOffers(manager, scholar.id);
            if (open.some((offer) => offer.rivalId === player.id)) {
                throw new poaching_errors_1.OfferAlreadyOpenError(scholar.name);
            }
            await (0, poaching_escrow_1.spendInfluence)(manager, player.id, faction, amount);
            const now = this.clock.now();
            const standingCounter = open.find((offer) => offer.counterAmount !== null);
            const offer = await manager.save(manager.create(poaching_offer_entity_1.PoachingOffer, {
                campaignId: campaign.id,
                scholarId: scholar.id,
                rivalId: player.id,
                employerId: scholar.employerId,
                faction,
                amount,
                terms: cleanTerms,
                counterFaction: standingCounter?.counterFaction ?? null,
                counterAmount: standingCounter?.counterAmount ?? null,
                createdAt: now,
                decideAfter: luxon_1.DateTime.fromJSDate(now).plus({ hours: poaching_rules_1.OFFER_DECISION_HOURS }).toJSDate(),
                status: 'open',
                outcome: null,
                resolvedAt: null,
            }));
            const employer = await manager.findOneByOrFail(player_entity_1.Player, { id: scholar.employerId });
            await this.memory.recordFact(manager, scholar, 'offer_received', {
                playerId: player.id,
                offerId: offer.id,
                faction,
                amount,
            });
            const press = await this.press.publish(manager, campaign.id, 'poaching_wire', (0, poaching_press_1.offerText)({
                rivalName: player.displayName,
                employerName: employer.displayName,
                scholarName: scholar.name,
                faction,
                amount,
                terms: cleanTerms,
            }));
            return { offer, press };
        });
        this.logger.log({
            message: 'poaching offer placed',
            guildId: actor.guildId,
            userId: actor.userId,
            offerId: placed.offer.id,
        });
        return placed;
    }
    /**
     * Escrows the employer's counter and sets it on every open offer for the scholar. A new
     * counter replaces the previous one, whose escrow is returned first.
     */
    async counter(actor, scholarChoice, faction, amount) {
        checkAmount(amount);
        return this.writes.run(async (manager) => {
            const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
            const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
            if (scholar.employerId !== player.id) {
                throw new poaching_errors_1.NotTheEmployerError(scholar.name);
            }
            const open = await this.openOffers(manager, scholar.id);
            if (open.length === 0) {
                throw new poaching_errors_1.NoOpenOfferError(scholar.name);
            }
            const previous = open.find((offer) => offer.counterAmount !== null);
            if (previous?.counterFaction && previous.counterAmount) {
                await (0, poaching_escrow_1.refundInfluence)(manager, player.id, previous.counterFaction, previous.counterAmount);
            }
            await (0, poaching_escrow_1.spendInfluence)(manager, player.id, faction, amount);
            await manager.update(poaching_offer_entity_1.PoachingOffer, { id: (0, typeorm_1.In)(open.map((offer) => offer.id)) }, { counterFaction: faction, counterAmount: amount });
            await this.memory.recordFact(manager, scholar, 'offer_countered', {
                playerId: player.id,
                faction,
                amount,
            });
            return this.press.publish(manager, campaign.id, 'poaching_wire', (0, poaching_press_1.counterText)({
                employerName: player.displayName,
                scholarName: scholar.name,
                faction,
                amount,
            }));
        });
    }
    /** Every open offer of the actor's campaign, oldest first; everything is public. */
    async listOpen(actor) {
        const { campaign } = await this.campaigns.enter(actor);
        const offers = await this.writes.readCommitted(() => this.scholarsManager().find(poaching_offer_entity_1.PoachingOffer, {
            where: { campaignId: campaign.id, status: 'open' },
            order: { createdAt: 'ASC', id: 'ASC' },
        }));
        const scholars = await this.scholars.findByIds(campaign.id, offers.map((offer) => offer.scholarId));
        const players = await this.scholarsManager().findBy(player_entity_1.Player, { campaignId: campaign.id });
        const names = new Map();
        for (const scholar of scholars) {
            names.set(-scholar.id, scholar.name);
        }
        for (const player of players) {
            names.set(player.id, player.displayName);
        }
        return { offers, names };
    }
    /**
     * Settles every scholar whose open offers include one due at `slotAt`, inside the digest's
     * transaction. All of a scholar's open offers are weighed together, so two rivals bidding for
     * the same scholar get one decision; the roll's seed is the campaign seed and the best offer's
     * id, so a rerun decides the same.
     */
    async decideDueOffers(manager, campaign, slotAt, reactions) {
        const due = await manager.find(poaching_offer_entity_1.PoachingOffer, {
            where: { campaignId: campaign.id, status: 'open', decideAfter: (0, typeorm_1.LessThanOrEqual)(slotAt) },
            order: { scholarId: 'ASC' },
        });
        const scholarIds = [...new Set(due.map((offer) => offer.scholarId))];
        const decisions = [];
        for (const scholarId of scholarIds) {
            const offers = due.filter((offer) => offer.scholarId === scholarId);
            decisions.push(await this.decideScholar(manager, campaign, scholarId, offers, slotAt, reactions));
        }
        return decisions;
    }
    async decideScholar(manager, campaign, scholarId, offers, slotAt, reactions) {
        const scholar = await manager.findOneByOrFail(scholar_entity_1.Scholar, { id: scholarId });
        const employerId = scholar.employerId;
        const valid = offers.filter((offer) => employerId !== null && offer.rivalId !== employerId);
        const best = (0, poaching_rules_1.bestOffer)(valid);
        const counter = offers.find((offer) => offer.counterAmount !== null);
        if (!best || employerId === null) {
            await this.settle(manager, offers, null, 'void', slotAt);
            await this.refundCounter(manager, counter);
            return { scholarId, winningOfferId: null, chance: 0, hasDefected: false };
        }
        const feeling = await this.feelings.towardPlayer(manager, scholar.id, employerId);
        const chance = (0, scholar_rules_1.defectionProbability)({
            quality: (0, poaching_rules_1.offerQuality)(best.amount, counter?.counterAmount ?? 0),
            mistreatment: (0, poaching_rules_1.mistreatment)(feeling),
            alignment: (0, poaching_rules_1.alignment)(scholar.politics, best.faction),
            plateau: (0, poaching_rules_1.careerPlateau)(scholar),
            loyalty: scholar.stats.loyalty,
            integrity: scholar.stats.integrity,
        });
        const hasDefected = this.random.stream(`${campaign.seed}:poach:${best.id}`).float() < chance;
        const employer = await manager.findOneByOrFail(player_entity_1.Player, { id: employerId });
        if (hasDefected) {
            await this.defect(manager, scholar, employer, best, feeling, chance, reactions);
            await this.refundCounter(manager, counter);
            await this.settle(manager, offers, best, 'outbid', slotAt);
        }
        else {
            await this.refuse(manager, scholar, employer, offers, chance, slotAt);
            await this.settle(manager, offers, null, 'refused', slotAt);
        }
        this.logger.log({
            message: 'poaching offer decided',
            campaignId: campaign.id,
            scholarId,
            offerId: best.id,
            outcome: hasDefected ? 'defected' : 'refused',
        });
        return { scholarId, winningOfferId: hasDefected ? best.id : null, chance, hasDefected };
    }
    async defect(manager, scholar, employer, offer, feeling, chance, reactions) {
        const rival = await manager.findOneByOrFail(player_entity_1.Player, { id: offer.rivalId });
        await manager.update(scholar_entity_1.Scholar, scholar.id, { employerId: rival.id, mentorId: null });
        await this.feelings.scar(manager, scholar.id, employer.id, (0, poaching_rules_1.defectionScarLevel)(feeling));
        await this.feelings.adjust(manager, scholar.id, rival.id, DEFECTION_WARMTH);
        // Offers still waiting for a later digest now court the new employer's scholar.
        await manager.update(poaching_offer_entity_1.PoachingOffer, { scholarId: scholar.id, status: 'open' }, { employerId: rival.id, counterFaction: null, counterAmount: null });
        await this.memory.recordFact(manager, scholar, 'defected', {
            playerId: rival.id,
            fromPlayerId: employer.id,
            offerId: offer.id,
            amount: offer.amount,
            faction: offer.faction,
        });
        const press = await this.press.publish(manager, scholar.campaignId, 'defection_notice', (0, poaching_press_1.defectionText)({
            scholarName: scholar.name,
            scholarTitle: scholar.title,
            catchphrase: scholar.catchphrase,
            oldEmployerName: employer.displayName,
            newEmployerName: rival.displayName,
            amount: offer.amount,
            faction: offer.faction,
            chance,
        }));
        reactions.push({
            scholarId: scholar.id,
            scholarName: scholar.name,
            catchphrase: scholar.catchphrase,
            archetype: scholar.archetype,
            event: `left ${employer.displayName} for ${rival.displayName}'s offer of ${offer.amount} ${offer.faction} influence`,
            stance: DEFECTION_WARMTH,
            traits: { ...scholar.stats },
            pressNumber: press.number,
        });
    }
    async refuse(manager, scholar, employer, offers, chance, slotAt) {
        const loyalty = Math.min(poaching_rules_1.MAX_LOYALTY, scholar.stats.loyalty + 1);
        await manager.update(scholar_entity_1.Scholar, scholar.id, { stats: { ...scholar.stats, loyalty } });
        // The counter kept the scholar and is spent, so offers due at a later digest lose it.
        await manager.update(poaching_offer_entity_1.PoachingOffer, { scholarId: scholar.id, status: 'open' }, { counterFaction: null, counterAmount: null });
        const rivals = await manager.findBy(player_entity_1.Player, {
            id: (0, typeorm_1.In)([...new Set(offers.map((offer) => offer.rivalId))]),
        });
        await this.memory.recordFact(manager, scholar, 'offer_refused', { playerId: employer.id, offerIds: offers.map((offer) => offer.id), loyalty }, slotAt);
        await this.press.publish(manager, scholar.campaignId, 'poaching_wire', (0, poaching_press_1.refusalText)({
            scholarName: scholar.name,
            employerName: employer.displayName,
            rivalNames: rivals.map((rival) => rival.displayName),
            chance,
            loyalty,
        }));
    }
    /**
     * Closes the offers, refunding every one but the winner, whose escrow pays the move; the
     * others end with `otherOutcome`.
     */
    async settle(manager, offers, winner, otherOutcome, slotAt) {
        for (const offer of offers) {
            const isWinner = winner !== null && offer.id === winner.id;
            if (!isWinner) {
                await (0, poaching_escrow_1.refundInfluence)(manager, offer.rivalId, offer.faction, offer.amount);
            }
            const outcome = isWinner ? 'won' : otherOutcome;
            await manager.update(poaching_offer_entity_1.PoachingOffer, offer.id, {
                status: 'settled',
                outcome,
                resolvedAt: slotAt,
            });
        }
    }
    /**
     * Returns a counter to the employer who escrowed it, when the scholar left anyway or the offers
     * fell void; a counter that kept the scholar is spent.
     */
    async refundCounter(manager, counter) {
        if (counter?.counterFaction && counter.counterAmount) {
            await (0, poaching_escrow_1.refundInfluence)(manager, counter.employerId, counter.counterFaction, counter.counterAmount);
        }
    }
    openOffers(manager, scholarId) {
        return manager.find(poaching_offer_entity_1.PoachingOffer, { where: { scholarId, status: 'open' } });
    }
    scholarsManager() {
        return this.dataSource.manager;
    }
};
exports.PoachingService = PoachingService;
exports.PoachingService = PoachingService = PoachingService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(7, (0, common_1.Inject)(random_1.RANDOM)),
    __param(8, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [campaigns_service_1.CampaignsService,
        scholars_service_1.ScholarsService,
        scholar_feelings_service_1.ScholarFeelingsService,
        scholar_memory_service_1.ScholarMemoryService,
        press_service_1.PressService,
        write_queue_1.WriteQueue,
        typeorm_1.DataSource, Object, Object])
], PoachingService);
function checkAmount(amount) {
    if (!Number.isInteger(amount) || amount < exports.MIN_OFFER || amount > exports.MAX_OFFER) {
        throw new game_error_1.InvalidOptionError('amount', `An offer is a whole number of influence from ${exports.MIN_OFFER} to ${exports.MAX_OFFER}; you gave ${amount}.`);
    }
}
//# sourceMappingURL=poaching.service.js.map