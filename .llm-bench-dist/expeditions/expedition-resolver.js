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
var ExpeditionResolver_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExpeditionResolver = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const player_entity_1 = require("../campaigns/player.entity");
const random_1 = require("../common/random");
const app_config_1 = require("../config/app-config");
const press_service_1 = require("../gazette/press.service");
const scholar_entity_1 = require("../scholars/scholar.entity");
const scholar_feelings_service_1 = require("../scholars/scholar-feelings.service");
const confidence_1 = require("../theories/confidence");
const theory_entity_1 = require("../theories/theory.entity");
const conference_entity_1 = require("./conference.entity");
const expedition_press_1 = require("./expedition-press");
const expedition_outcomes_1 = require("./expedition-outcomes");
const expedition_rules_1 = require("./expedition-rules");
const expedition_entity_1 = require("./expedition.entity");
const expeditions_service_1 = require("./expeditions.service");
const player_ledger_1 = require("./player-ledger");
const theory_judgement_1 = require("./theory-judgement");
/** Reactions printed per result; the narrator voices all of a digest's reactions in one call. */
const MAX_REACTIONS = 3;
/** Reaction stances run from −10 to +10. */
const MAX_STANCE = 10;
/**
 * Resolves queued expeditions and conferences at a digest. Every draw comes from a stream seeded
 * by the campaign seed and the order's code, so a digest re-run after a crash rolls the same.
 */
let ExpeditionResolver = ExpeditionResolver_1 = class ExpeditionResolver {
    random;
    outcomes;
    judgement;
    feelings;
    press;
    config;
    logger = new common_1.Logger(ExpeditionResolver_1.name);
    constructor(random, outcomes, judgement, feelings, press, config) {
        this.random = random;
        this.outcomes = outcomes;
        this.judgement = judgement;
        this.feelings = feelings;
        this.press = press;
        this.config = config;
    }
    /** Resolves every queued expedition, then every queued conference, oldest first. */
    async resolveQueued(context) {
        const { manager, campaign, slotAt } = context;
        const expeditions = await manager.find(expedition_entity_1.Expedition, {
            where: { campaignId: campaign.id, status: 'queued' },
            order: { id: 'ASC' },
        });
        for (const expedition of expeditions) {
            await this.resolveExpedition(context, expedition);
        }
        const conferences = await manager.find(conference_entity_1.Conference, {
            where: { campaignId: campaign.id, status: 'queued' },
            order: { id: 'ASC' },
        });
        for (const conference of conferences) {
            await this.resolveConference(context, conference);
        }
        await this.judgement.voidLapsedChallenges(manager, campaign.id, slotAt);
    }
    async resolveExpedition(context, expedition) {
        const { manager, campaign, slotAt } = context;
        const player = await manager.findOneByOrFail(player_entity_1.Player, { id: expedition.playerId });
        const team = await this.loadTeam(manager, expedition.teamIds);
        const theory = expedition.theoryId
            ? await manager.findOneBy(theory_entity_1.Theory, { id: expedition.theoryId })
            : null;
        const random = (purpose) => this.random.stream(`${campaign.seed}:expedition:${expedition.code}:${purpose}`);
        const roll = random('d100').int(1, 100);
        const modifiers = (0, expedition_rules_1.scoreModifiers)({
            type: expedition.type,
            depth: expedition.depth,
            discipline: expedition.discipline,
            team,
            fundingFactions: expedition.fundingFactions,
            priorThinkTank: await this.ranThinkTank(manager, expedition),
            siteDraw: random('site').int(0, expedition_rules_1.MAX_SITE_FRICTION),
        });
        const score = (0, expedition_rules_1.expeditionScore)(roll, modifiers);
        const band = (0, expedition_rules_1.bandOf)(score);
        const outcome = (0, expedition_rules_1.wagerOutcomeOf)(band);
        // A theory pays once: the first of its owner's results to reach it judges it. A later
        // expedition on a theory already judged pays its own confidence, like an untested one.
        const judgesTheory = theory !== null && theory.status === 'open' && theory.playerId === player.id;
        let change;
        let reputationAfter;
        let challengeLines = [];
        if (judgesTheory) {
            ({ change, reputationAfter, challengeLines } = await this.judgement.judge(manager, theory, outcome, slotAt));
        }
        else {
            change = (0, confidence_1.wagerPayout)(expedition.confidence, outcome);
            reputationAfter = await (0, player_ledger_1.shiftReputation)(manager, player.id, change);
            if (expedition.confidence === 'stake_my_career') {
                await (0, theory_judgement_1.startStakeCooldown)(manager, player.id);
            }
        }
        const rules = this.config.game.expeditions;
        const rewards = band === 'failure'
            ? {}
            : await (0, player_ledger_1.shiftInfluence)(manager, player.id, rules.rewards[expedition.type]);
        const feeling = band === 'failure' ? rules.teamFeelingOnFailure : rules.teamFeelingOnSuccess;
        for (const scholar of team) {
            await this.feelings.adjust(manager, scholar.id, player.id, feeling);
        }
        const parties = { campaign, expedition, player, team, slotAt, random };
        const failure = band === 'failure' ? await this.outcomes.applyFailure(manager, parties) : null;
        const landmark = band === 'landmark' ? await this.outcomes.openLandmark(manager, parties) : null;
        const sidecast = band === 'failure' ? null : await this.outcomes.maybeSidecast(manager, parties);
        const reputationNow = (await manager.findOneByOrFail(player_entity_1.Player, { id: player.id })).reputation;
        const text = (0, expedition_press_1.reportText)({
            code: expedition.code,
            type: expedition.type,
            playerName: player.displayName,
            objective: expedition.objective,
            depth: expedition.depth,
            roll,
            modifiers,
            score,
            band,
            wager: {
                change,
                confidence: judgesTheory ? theory.confidence : expedition.confidence,
                bulletinNumber: judgesTheory ? theory.bulletinNumber : null,
            },
            reputationAfter: reputationNow,
            rewards: Object.keys(rewards).length > 0 ? (0, expeditions_service_1.describeAmounts)(rewards) : '',
            outcomeText: failure?.text ?? landmark?.text ?? null,
            sidecastText: sidecast?.text ?? null,
            challengeLines,
        });
        const report = await this.press.publish(manager, campaign.id, band === 'failure' ? 'retraction_notice' : 'discovery_report', text);
        await this.pushReactions(context, team, player, report.number, `${player.displayName}'s expedition ${expedition.code} ended as a ${expedition_rules_1.BAND_LABELS[band]}`);
        Object.assign(expedition, {
            status: 'resolved',
            roll,
            modifiers,
            score,
            band,
            reputationChange: change,
            wagerSource: judgesTheory ? 'theory' : 'own',
            failureEntryId: failure?.entryId ?? null,
            discoveryEntryId: landmark?.entryId ?? null,
            sidecastScholarId: sidecast?.scholarId ?? null,
            reportNumber: report.number,
            resolvedAt: slotAt,
        });
        await manager.save(expedition);
        this.logger.log({
            message: 'expedition resolved',
            guildId: campaign.guildId,
            code: expedition.code,
            roll,
            score,
            band,
            reputationChange: change,
            reputationAfter,
        });
        return expedition;
    }
    async resolveConference(context, conference) {
        const { manager, campaign, slotAt } = context;
        const rules = this.config.game.expeditions.conference;
        const player = await manager.findOneByOrFail(player_entity_1.Player, { id: conference.playerId });
        const theory = await manager.findOneByOrFail(theory_entity_1.Theory, { id: conference.theoryId });
        const roll = this.random
            .stream(`${campaign.seed}:conference:${conference.id}:d100`)
            .int(1, 100);
        const supporters = conference.supporterIds.length;
        const opposition = conference.oppositionIds.length;
        const score = (0, expedition_rules_1.conferenceScore)(roll, supporters, opposition, rules);
        const band = (0, expedition_rules_1.conferenceBand)(score, rules);
        const judges = theory.status === 'open' && theory.playerId === player.id;
        const judgement = judges
            ? await this.judgement.judge(manager, theory, (0, expedition_rules_1.wagerOutcomeOf)(band), slotAt)
            : null;
        const reputationAfter = (await manager.findOneByOrFail(player_entity_1.Player, { id: player.id })).reputation;
        const text = (0, expedition_press_1.conferenceReportText)({
            playerName: player.displayName,
            bulletinNumber: theory.bulletinNumber,
            roll,
            supporters,
            opposition,
            supporterBonus: rules.supporterBonus,
            oppositionPenalty: rules.oppositionPenalty,
            score,
            band,
            change: judgement?.change ?? null,
            confidence: theory.confidence,
            reputationAfter,
            challengeLines: judgement?.challengeLines ?? [],
        });
        const report = await this.press.publish(manager, campaign.id, band === 'failure' ? 'retraction_notice' : 'discovery_report', text);
        const speakers = await this.loadTeam(manager, [
            ...conference.supporterIds,
            ...conference.oppositionIds,
        ]);
        await this.pushReactions(context, speakers, player, report.number, `the conference on ${player.displayName}'s Bulletin No. ${theory.bulletinNumber} ended as a ${expedition_rules_1.BAND_LABELS[band]}`);
        Object.assign(conference, {
            status: 'resolved',
            roll,
            score,
            band,
            reputationChange: judgement?.change ?? null,
            resolvedAt: slotAt,
        });
        await manager.save(conference);
        this.logger.log({
            message: 'conference resolved',
            guildId: campaign.guildId,
            conferenceId: conference.id,
            roll,
            score,
            band,
        });
        return conference;
    }
    /** True if the player ran a think tank on the same theory that resolved without failing. */
    async ranThinkTank(manager, expedition) {
        if (expedition.theoryId === null) {
            return false;
        }
        const count = await manager.count(expedition_entity_1.Expedition, {
            where: {
                id: (0, typeorm_1.Not)(expedition.id),
                playerId: expedition.playerId,
                theoryId: expedition.theoryId,
                type: 'think_tank',
                status: 'resolved',
                band: (0, typeorm_1.In)(['partial', 'success', 'landmark']),
            },
        });
        return count > 0;
    }
    /** Scholars by id, in the order given; scholars since removed from the roster are skipped. */
    async loadTeam(manager, ids) {
        if (ids.length === 0) {
            return [];
        }
        const rows = await manager.findBy(scholar_entity_1.Scholar, { id: (0, typeorm_1.In)(ids) });
        return ids.flatMap((id) => rows.filter((scholar) => scholar.id === id));
    }
    async pushReactions(context, scholars, player, pressNumber, event) {
        for (const scholar of scholars.slice(0, MAX_REACTIONS)) {
            const feeling = await this.feelings.towardPlayer(context.manager, scholar.id, player.id);
            context.reactions.push({
                scholarName: scholar.name,
                catchphrase: scholar.catchphrase,
                archetype: scholar.archetype,
                event,
                stance: Math.max(-MAX_STANCE, Math.min(MAX_STANCE, Math.round(feeling))),
                pressNumber,
            });
        }
    }
};
exports.ExpeditionResolver = ExpeditionResolver;
exports.ExpeditionResolver = ExpeditionResolver = ExpeditionResolver_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(random_1.RANDOM)),
    __metadata("design:paramtypes", [Object, expedition_outcomes_1.ExpeditionOutcomes,
        theory_judgement_1.TheoryJudgement,
        scholar_feelings_service_1.ScholarFeelingsService,
        press_service_1.PressService,
        app_config_1.AppConfig])
], ExpeditionResolver);
//# sourceMappingURL=expedition-resolver.js.map