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
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExpeditionOutcomes = exports.EXPEDITION_TABLES = void 0;
const common_1 = require("@nestjs/common");
const luxon_1 = require("luxon");
const typeorm_1 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const app_config_1 = require("../config/app-config");
const press_service_1 = require("../gazette/press.service");
const narrator_1 = require("../narration/narrator");
const template_text_1 = require("../narration/template-text");
const scholar_entity_1 = require("../scholars/scholar.entity");
const scholar_generator_1 = require("../scholars/scholar-generator");
const scholar_feelings_service_1 = require("../scholars/scholar-feelings.service");
const theory_entity_1 = require("../theories/theory.entity");
const domain_tag_entity_1 = require("./domain-tag.entity");
const expedition_rules_1 = require("./expedition-rules");
const player_ledger_1 = require("./player-ledger");
/** Injection token of the validated outcome tables. */
exports.EXPEDITION_TABLES = Symbol('EXPEDITION_TABLES');
/** Applies what a result turns up beyond the wager: failure effects, landmarks and sidecasts. */
let ExpeditionOutcomes = class ExpeditionOutcomes {
    tables;
    narrator;
    feelings;
    press;
    config;
    constructor(tables, narrator, feelings, press, config) {
        this.tables = tables;
        this.narrator = narrator;
        this.feelings = feelings;
        this.press = press;
        this.config = config;
    }
    /** Draws the failure kind for the depth, then an entry of that kind, and applies its effect. */
    async applyFailure(manager, parties) {
        const kind = (0, expedition_rules_1.failureKindFor)(parties.expedition.depth, parties.random('failure').int(1, 100));
        const entry = (0, expedition_rules_1.pickWeighted)(this.tables.failures[kind], parties.random('entry').int(1, 100));
        const effect = entry.effect;
        const lead = await this.applyEffect(manager, parties, effect);
        const text = (0, template_text_1.fillTemplate)(entry.text, {
            ...this.values(parties, lead),
            faction: 'faction' in effect ? effect.faction : 'academia',
            amount: 'amount' in effect ? Math.abs(effect.amount) : 0,
        });
        return { entryId: entry.id, text };
    }
    /** Opens a new domain tag for the campaign, or names an existing one again with the code. */
    async openLandmark(manager, parties) {
        const { expedition, campaign } = parties;
        const entry = (0, expedition_rules_1.pickWeighted)(this.tables.landmarks, parties.random('landmark').int(1, 100));
        let tag = (0, template_text_1.fillTemplate)(entry.tag, { discipline: expedition.discipline });
        if (await manager.findOneBy(domain_tag_entity_1.DomainTag, { campaignId: campaign.id, tag })) {
            tag = `${tag}, ${expedition.code}`;
        }
        await manager.insert(domain_tag_entity_1.DomainTag, {
            campaignId: campaign.id,
            tag,
            discipline: expedition.discipline,
            expeditionId: expedition.id,
        });
        const text = (0, template_text_1.fillTemplate)(entry.text, { ...this.values(parties, parties.team[0]), tag });
        return { entryId: entry.id, text };
    }
    /**
     * On a partial result or better, may bring a junior scholar to the roster as the player's
     * Postdoc, while the roster is under its limit. Returns null when nobody emerges.
     */
    async maybeSidecast(manager, parties) {
        const rules = this.config.game.expeditions;
        const { campaign, expedition, player } = parties;
        const roster = await manager.find(scholar_entity_1.Scholar, {
            where: { campaignId: campaign.id },
            select: { id: true, name: true, key: true },
        });
        if (roster.length >= rules.sidecastRosterLimit) {
            return null;
        }
        if (parties.random('sidecast').float() >= rules.sidecastChance) {
            return null;
        }
        const entry = (0, expedition_rules_1.pickWeighted)(this.tables.sidecasts, parties.random('sidecast-kind').int(1, 100));
        const startIndex = nextGeneratedIndex(roster.map((scholar) => scholar.key));
        const { profile } = (0, scholar_generator_1.nextProceduralScholar)(campaign.seed, new Set(roster.map((scholar) => scholar.name)), startIndex);
        const junior = scholar_entity_1.Scholar.fromProfile(campaign.id, {
            ...profile,
            title: (0, template_text_1.fillTemplate)(entry.title, { discipline: expedition.discipline }),
            stats: { ...profile.stats, loyalty: rules.juniorStartingLoyalty },
            career: [...profile.career, `${entry.label}, found on expedition ${expedition.code}`],
        });
        junior.employerId = player.id;
        junior.careerRung = 'Postdoc';
        junior.careerTrack = 'academia';
        junior.sponsorId = player.id;
        junior.sponsoredAt = parties.slotAt;
        await manager.save(junior);
        const text = (0, template_text_1.fillTemplate)(entry.text, {
            ...this.values(parties, parties.team[0]),
            junior: junior.name,
        });
        return { entryId: entry.id, text, scholarId: junior.id };
    }
    /** Applies the effect keyed by its id; returns the scholar the prose should name. */
    async applyEffect(manager, parties, effect) {
        const { player, team } = parties;
        switch (effect.id) {
            case 'none':
                return team[0];
            case 'reputation_shift':
                await (0, player_ledger_1.shiftReputation)(manager, player.id, effect.amount);
                return team[0];
            case 'influence_shift':
                await (0, player_ledger_1.shiftInfluence)(manager, player.id, { [effect.faction]: effect.amount });
                return team[0];
            case 'grudge':
                await this.feelings.adjust(manager, team[0].id, player.id, effect.amount);
                return team[0];
            case 'opportunity':
                return this.applyOpportunity(manager, parties, effect.amount);
            case 'new_theory':
                await this.publishSidewaysTheory(manager, parties, effect.claim, effect.confidence);
                return team[0];
        }
    }
    async applyOpportunity(manager, parties, amount) {
        const teamIds = new Set(parties.team.map((scholar) => scholar.id));
        const free = (await manager.find(scholar_entity_1.Scholar, {
            where: { campaignId: parties.campaign.id, employerId: (0, typeorm_1.IsNull)() },
            order: { id: 'ASC' },
        })).filter((scholar) => !teamIds.has(scholar.id));
        if (free.length === 0) {
            return parties.team[0];
        }
        const chosen = parties.random('opportunity').pick(free);
        await this.feelings.adjust(manager, chosen.id, parties.player.id, amount);
        return chosen;
    }
    async publishSidewaysTheory(manager, parties, claimTemplate, confidence) {
        const { player, expedition, slotAt } = parties;
        const campaign = await manager.findOneByOrFail(campaign_entity_1.Campaign, { id: parties.campaign.id });
        const claim = (0, template_text_1.fillTemplate)(claimTemplate, {
            player: player.displayName,
            discipline: expedition.discipline,
            objective: expedition.objective,
        });
        const deadlineAt = luxon_1.DateTime.fromJSDate(slotAt)
            .plus({ days: this.config.game.theory.defaultDeadlineDays })
            .toJSDate();
        const theory = await manager.save(manager.create(theory_entity_1.Theory, {
            campaignId: campaign.id,
            playerId: player.id,
            bulletinNumber: campaign.nextBulletinNumber,
            claim,
            confidence,
            supporterIds: [],
            status: 'open',
            deadlineAt,
            resolvedAt: null,
        }));
        await manager.update(campaign_entity_1.Campaign, campaign.id, {
            nextBulletinNumber: campaign.nextBulletinNumber + 1,
        });
        const text = await this.narrator.theoryBulletin({
            bulletinNumber: theory.bulletinNumber,
            year: campaign.currentYear,
            playerName: player.displayName,
            claim,
            confidence,
            supporterNames: [],
            deadline: luxon_1.DateTime.fromJSDate(deadlineAt, { zone: campaign.timeZone }).toFormat('cccc d LLLL, HH:mm ZZZZ'),
        });
        await this.press.publish(manager, campaign.id, 'academic_bulletin', text);
    }
    values(parties, scholar) {
        return {
            player: (0, template_text_1.quotePlayerText)(parties.player.displayName),
            objective: (0, template_text_1.quotePlayerText)(parties.expedition.objective),
            discipline: parties.expedition.discipline,
            scholar: scholar.name,
        };
    }
};
exports.ExpeditionOutcomes = ExpeditionOutcomes;
exports.ExpeditionOutcomes = ExpeditionOutcomes = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(exports.EXPEDITION_TABLES)),
    __param(1, (0, common_1.Inject)(narrator_1.NARRATOR)),
    __metadata("design:paramtypes", [Object, Object, scholar_feelings_service_1.ScholarFeelingsService,
        press_service_1.PressService,
        app_config_1.AppConfig])
], ExpeditionOutcomes);
/** The index after the highest `gen-N` key of the roster, so a new scholar's key is free. */
function nextGeneratedIndex(keys) {
    let highest = -1;
    for (const key of keys) {
        const match = /^gen-(\d+)$/.exec(key);
        if (match) {
            highest = Math.max(highest, Number(match[1]));
        }
    }
    return highest + 1;
}
//# sourceMappingURL=expedition-outcomes.js.map