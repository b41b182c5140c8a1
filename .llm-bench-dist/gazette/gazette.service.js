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
var GazetteService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.GazetteService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const node_crypto_1 = require("node:crypto");
const typeorm_2 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
const clock_1 = require("../common/clock");
const app_config_1 = require("../config/app-config");
const write_queue_1 = require("../database/write-queue");
const events_service_1 = require("../events/events.service");
const metrics_service_1 = require("../metrics/metrics.service");
const narrator_1 = require("../narration/narrator");
const template_narrator_1 = require("../narration/template-narrator");
const digest_step_1 = require("./digest-step");
const dispatch_entity_1 = require("./dispatch.entity");
const edition_entity_1 = require("./edition.entity");
const gazette_layout_1 = require("./gazette-layout");
const gazette_schedule_1 = require("./gazette-schedule");
const press_release_entity_1 = require("./press-release.entity");
const press_service_1 = require("./press.service");
const GOSSIP_HEADLINE = 'Academic Gossip: the common rooms react';
/** One bullet per reaction, naming the press item it answers. */
function formatGossip(requests, lines) {
    return lines
        .map((line, i) => {
        const about = requests[i].pressNumber;
        return about === null ? `• ${line}` : `• On No. ${about}: ${line}`;
    })
        .join('\n');
}
/**
 * Runs Gazette digests. A digest of one (campaign, slot) advances the year, ticks cooldowns, runs
 * the steps other modules registered (resolutions, lapses), voices their scholar reactions,
 * gathers every unpublished press release into an edition and queues its messages. The unique
 * edition row makes a re-run for the same slot a no-op, so a crash or a second scheduler can
 * never post an edition twice.
 */
let GazetteService = GazetteService_1 = class GazetteService {
    editions;
    campaigns;
    writes;
    press;
    steps;
    config;
    narrator;
    templates;
    clock;
    metrics;
    events;
    logger = new common_1.Logger(GazetteService_1.name);
    /** Editions this process is composing now, which the catch-up must not finish behind it. */
    composing = new Set();
    constructor(editions, campaigns, writes, press, steps, config, narrator, templates, clock, metrics, events) {
        this.editions = editions;
        this.campaigns = campaigns;
        this.writes = writes;
        this.press = press;
        this.steps = steps;
        this.config = config;
        this.narrator = narrator;
        this.templates = templates;
        this.clock = clock;
        this.metrics = metrics;
        this.events = events;
    }
    /**
     * Publishes every scheduled edition that is due and not yet published, for every campaign.
     * After downtime the most recent missed slots are replayed in order; older ones are recorded as
     * folded and announced in the first replayed edition. Returns the editions published.
     */
    async publishDueEditions() {
        const now = this.clock.now();
        const results = [];
        for (const campaign of await this.campaigns.find({ order: { id: 'ASC' } })) {
            // A paused campaign's slots stay due; they are caught up after /gw_admin resume.
            if (campaign.paused) {
                continue;
            }
            results.push(...(await this.publishDueEditionsOf(campaign, now)));
        }
        return results;
    }
    /**
     * Publishes an extra edition now, for an admin. Returns null when an edition was already
     * published for this minute, which keeps a double click from posting twice.
     */
    async publishExtraEdition(guildId) {
        const campaign = await this.campaigns.findOneByOrFail({ guildId });
        const due = await this.publishDueEditionsOf(campaign, this.clock.now());
        if (due.length > 0) {
            return due[due.length - 1];
        }
        const minute = new Date(Math.floor(this.clock.now().getTime() / 60_000) * 60_000);
        return this.publishEdition(campaign.id, minute, 'extra', 0);
    }
    /**
     * Publishes the edition of one slot, or returns null if that slot already has an edition.
     * Three phases keep the write lock free while the narrator waits on a language model: one
     * transaction runs the steps and stores the edition as `composing` with template text, then the
     * reactions are voiced outside any transaction, then a second transaction stores the voiced
     * text, queues the posts and marks the edition `published`.
     */
    async publishEdition(campaignId, slotAt, kind, foldedEditions) {
        const stopTimer = this.metrics.editionDuration.startTimer();
        const draft = await this.writes.run((manager) => this.composeEdition(manager, campaignId, slotAt, kind));
        if (!draft) {
            return null;
        }
        this.composing.add(draft.edition.id);
        try {
            const gossipBody = await this.voiceReactions(draft.reactions);
            const result = await this.writes.run((manager) => this.finishEdition(manager, draft.edition.id, foldedEditions, gossipBody));
            if (result) {
                stopTimer();
            }
            return result;
        }
        finally {
            this.composing.delete(draft.edition.id);
        }
    }
    /** The latest editions of a campaign, newest first. */
    findRecentEditions(campaignId, limit) {
        return this.editions.find({
            where: { campaignId, status: 'published' },
            order: { slotAt: 'DESC' },
            take: limit,
        });
    }
    /**
     * Phase one, inside the write transaction: decides everything the edition reports and stores it
     * as `composing`, with the reactions in template text. Returns null if the slot has an edition.
     */
    async composeEdition(manager, campaignId, slotAt, kind) {
        const existing = await manager.findOneBy(edition_entity_1.Edition, { campaignId, slotAt });
        if (existing) {
            return null;
        }
        const campaign = await manager.findOneByOrFail(campaign_entity_1.Campaign, { id: campaignId });
        const context = { manager, campaign, slotAt, reactions: [] };
        await this.advanceYear(manager, campaign, slotAt);
        await this.tickCooldowns(manager, campaign.id);
        for (const step of this.steps.list()) {
            await step.run(context);
        }
        const gossip = await this.publishDraftReactions(context);
        const edition = await manager.save(manager.create(edition_entity_1.Edition, {
            campaignId,
            slotAt,
            kind,
            status: 'composing',
            year: campaign.currentYear,
        }));
        await this.events.append(manager, campaignId, null, 'edition.published', {
            editionId: edition.id,
            slotAt: slotAt.toISOString(),
            kind,
            year: campaign.currentYear,
        });
        await this.collectItems(manager, campaign.id, edition.id);
        return {
            edition,
            reactions: gossip ? { pressId: gossip.id, requests: context.reactions } : null,
        };
    }
    /**
     * Phase two, outside any transaction: asks the narrator for the reactions. Returns the gossip
     * body to store, or null when the edition has no reactions. The narrator falls back to its
     * templates on any failure, so this never loses the edition.
     */
    async voiceReactions(reactions) {
        if (!reactions) {
            return null;
        }
        const lines = await this.narrator.scholarReactions(reactions.requests);
        return { ...reactions, body: formatGossip(reactions.requests, lines) };
    }
    /**
     * Phase three, inside the write transaction: stores the voiced reactions, queues the posts and
     * marks the edition `published`. Returns null if another run already finished it.
     */
    async finishEdition(manager, editionId, foldedEditions, gossip) {
        const edition = await manager.findOneByOrFail(edition_entity_1.Edition, { id: editionId });
        if (edition.status !== 'composing') {
            return null;
        }
        const campaign = await manager.findOneByOrFail(campaign_entity_1.Campaign, { id: edition.campaignId });
        if (gossip) {
            await manager.update(press_release_entity_1.PressRelease, gossip.pressId, { body: gossip.body });
        }
        const items = await manager.find(press_release_entity_1.PressRelease, {
            where: { campaignId: campaign.id, editionId },
            order: { number: 'ASC' },
        });
        const messageCount = await this.queueMessages(manager, campaign, edition, items, foldedEditions);
        edition.status = 'published';
        await manager.update(edition_entity_1.Edition, editionId, { status: 'published' });
        this.logger.log({
            message: 'edition published',
            guildId: campaign.guildId,
            slotAt: edition.slotAt.toISOString(),
            kind: edition.kind,
            items: items.length,
            messages: messageCount,
        });
        this.metrics.editions.inc({ kind: edition.kind, status: 'published' });
        return { edition, items, messageCount };
    }
    /**
     * Finishes editions a previous run left `composing`, for example after a crash between the
     * phases, with the text already stored, so each is posted once.
     */
    async finishComposingEditions(campaign) {
        const stranded = await this.editions.find({
            where: { campaignId: campaign.id, status: 'composing' },
            order: { slotAt: 'ASC' },
        });
        const results = [];
        for (const edition of stranded) {
            if (this.composing.has(edition.id)) {
                continue;
            }
            this.logger.warn({
                message: 'composing edition finished with stored text',
                guildId: campaign.guildId,
                slotAt: edition.slotAt.toISOString(),
            });
            // NOTE: how many missed editions this one folded is not stored, so its masthead omits them.
            const result = await this.writes.run((manager) => this.finishEdition(manager, edition.id, 0, null));
            if (result) {
                results.push(result);
            }
        }
        return results;
    }
    async publishDueEditionsOf(campaign, now) {
        const lastScheduled = await this.editions.findOne({
            where: { campaignId: campaign.id, kind: 'scheduled' },
            order: { slotAt: 'DESC' },
        });
        const since = lastScheduled?.slotAt ?? campaign.createdAt;
        const { gazetteTimes } = this.config.schedule;
        const due = (0, gazette_schedule_1.scheduledSlotsBetween)(since, now, gazetteTimes, campaign.timeZone);
        const keep = this.config.game.gazette.maxCatchUpEditions;
        const folded = due.slice(0, Math.max(0, due.length - keep));
        const replayed = due.slice(folded.length);
        if (folded.length > 0) {
            await this.recordFoldedSlots(campaign, folded);
        }
        const results = await this.finishComposingEditions(campaign);
        for (const [index, slotAt] of replayed.entries()) {
            const foldedEditions = index === 0 ? folded.length : 0;
            const result = await this.publishEdition(campaign.id, slotAt, 'scheduled', foldedEditions);
            if (result) {
                results.push(result);
            }
        }
        return results;
    }
    async recordFoldedSlots(campaign, slots) {
        this.logger.warn({
            message: 'missed editions folded',
            guildId: campaign.guildId,
            count: slots.length,
            from: slots[0].toISOString(),
            to: slots[slots.length - 1].toISOString(),
        });
        const inserted = await this.writes.run(async (manager) => {
            let count = 0;
            for (const slotAt of slots) {
                const existing = await manager.findOneBy(edition_entity_1.Edition, { campaignId: campaign.id, slotAt });
                if (!existing) {
                    await manager.insert(edition_entity_1.Edition, {
                        campaignId: campaign.id,
                        slotAt,
                        kind: 'scheduled',
                        status: 'folded',
                        year: campaign.currentYear,
                    });
                    count += 1;
                }
            }
            return count;
        });
        this.metrics.editions.inc({ kind: 'scheduled', status: 'folded' }, inserted);
    }
    async advanceYear(manager, campaign, at) {
        const year = (0, gazette_schedule_1.yearAt)(campaign.createdAt, at, campaign.startYear, campaign.timeZone);
        if (year <= campaign.currentYear) {
            return;
        }
        const fromYear = campaign.currentYear;
        campaign.currentYear = year;
        await manager.update(campaign_entity_1.Campaign, campaign.id, { currentYear: year });
        const text = await this.narrator.yearTurn({
            fromYear,
            toYear: year,
            campaignSeed: campaign.seed,
        });
        await this.press.publish(manager, campaign.id, 'years_turn', text);
    }
    /**
     * Prints every reaction the steps collected as one Academic Gossip item in template text. The
     * narrator voices them later in one call, outside the transaction, so an edition costs at most
     * one text-generation request.
     */
    async publishDraftReactions(context) {
        if (context.reactions.length === 0) {
            return null;
        }
        const lines = await this.templates.scholarReactions(context.reactions);
        return this.press.publish(context.manager, context.campaign.id, 'academic_gossip', {
            headline: GOSSIP_HEADLINE,
            body: formatGossip(context.reactions, lines),
        });
    }
    async tickCooldowns(manager, campaignId) {
        await manager
            .createQueryBuilder()
            .update(player_entity_1.Player)
            .set({ stakeCooldownDigests: () => 'stake_cooldown_digests - 1' })
            .where({ campaignId, stakeCooldownDigests: (0, typeorm_2.MoreThan)(0) })
            .execute();
    }
    async collectItems(manager, campaignId, editionId) {
        const items = await manager.find(press_release_entity_1.PressRelease, {
            where: { campaignId, editionId: (0, typeorm_2.IsNull)() },
            order: { number: 'ASC' },
        });
        if (items.length > 0) {
            await manager.update(press_release_entity_1.PressRelease, { campaignId, editionId: (0, typeorm_2.IsNull)() }, { editionId });
        }
        return items;
    }
    async queueMessages(manager, campaign, edition, items, foldedEditions) {
        if (!campaign.gazetteChannelId) {
            this.logger.warn({
                message: 'edition not posted: no gazette channel',
                guildId: campaign.guildId,
            });
            return 0;
        }
        const masthead = await this.narrator.digestMasthead({
            year: campaign.currentYear,
            editionLabel: (0, gazette_schedule_1.formatEditionLabel)(edition.slotAt, campaign.currentYear, campaign.timeZone),
            itemCount: items.length,
            foldedEditions,
            campaignSeed: campaign.seed,
        });
        const messages = (0, gazette_layout_1.layoutEdition)(masthead, items);
        const now = this.clock.now();
        await manager.insert(dispatch_entity_1.Dispatch, messages.map((message) => ({
            campaignId: campaign.id,
            channelId: campaign.gazetteChannelId,
            editionId: edition.id,
            message,
            // Discord keeps nonces up to 25 characters.
            nonce: (0, node_crypto_1.randomUUID)().replace(/-/g, '').slice(0, 25),
            status: 'pending',
            attempts: 0,
            nextAttemptAt: now,
        })));
        return messages.length;
    }
};
exports.GazetteService = GazetteService;
exports.GazetteService = GazetteService = GazetteService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(edition_entity_1.Edition)),
    __param(1, (0, typeorm_1.InjectRepository)(campaign_entity_1.Campaign)),
    __param(6, (0, common_1.Inject)(narrator_1.NARRATOR)),
    __param(8, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, Function, write_queue_1.WriteQueue,
        press_service_1.PressService,
        digest_step_1.DigestStepRegistry,
        app_config_1.AppConfig, Object, template_narrator_1.TemplateNarrator, Object, metrics_service_1.MetricsService,
        events_service_1.EventsService])
], GazetteService);
//# sourceMappingURL=gazette.service.js.map