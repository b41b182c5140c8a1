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
var CampaignsService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.CampaignsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const clock_1 = require("../common/clock");
const app_config_1 = require("../config/app-config");
const write_queue_1 = require("../database/write-queue");
const events_service_1 = require("../events/events.service");
const scholars_service_1 = require("../scholars/scholars.service");
const scholar_profile_1 = require("../scholars/scholar-profile");
const campaign_entity_1 = require("./campaign.entity");
const campaigns_errors_1 = require("./campaigns.errors");
const player_entity_1 = require("./player.entity");
/** Creates campaigns on first use, registers players, and stores campaign settings. */
let CampaignsService = CampaignsService_1 = class CampaignsService {
    campaigns;
    players;
    writes;
    config;
    scholars;
    clock;
    events;
    logger = new common_1.Logger(CampaignsService_1.name);
    constructor(campaigns, players, writes, config, scholars, clock, events) {
        this.campaigns = campaigns;
        this.players = players;
        this.writes = writes;
        this.config = config;
        this.scholars = scholars;
        this.clock = clock;
        this.events = events;
    }
    /**
     * Returns the actor's seat, creating the campaign and the player on first use and refreshing
     * the stored display name. Reads only when nothing has changed.
     */
    async enter(actor) {
        const campaign = await this.findCampaign(actor.guildId);
        const player = campaign ? await this.findPlayer(campaign.id, actor.userId) : null;
        if (campaign && player && player.displayName === actor.displayName) {
            return { campaign, player };
        }
        return this.writes.run((manager) => this.enterWithin(manager, actor));
    }
    /** Same as `enter`, inside a write transaction the caller already holds. */
    async enterWithin(manager, actor) {
        const campaign = (await manager.findOneBy(campaign_entity_1.Campaign, { guildId: actor.guildId })) ??
            (await this.createCampaign(manager, actor.guildId));
        if (campaign.paused) {
            throw new campaigns_errors_1.CampaignPausedError(actor.guildId);
        }
        let player = await manager.findOneBy(player_entity_1.Player, { campaignId: campaign.id, userId: actor.userId });
        if (!player) {
            player = await this.createPlayer(manager, campaign, actor);
        }
        else if (player.displayName !== actor.displayName) {
            player.displayName = actor.displayName;
            await manager.update(player_entity_1.Player, player.id, { displayName: actor.displayName });
        }
        return { campaign, player };
    }
    findCampaign(guildId) {
        return this.campaigns.findOneBy({ guildId });
    }
    async findCampaignOrFail(guildId) {
        const campaign = await this.findCampaign(guildId);
        if (!campaign) {
            throw new campaigns_errors_1.CampaignNotFoundError(guildId);
        }
        return campaign;
    }
    findPlayer(campaignId, userId) {
        return this.players.findOneBy({ campaignId, userId });
    }
    findPlayerById(id) {
        return this.players.findOneBy({ id });
    }
    listCampaigns() {
        return this.campaigns.find({ order: { id: 'ASC' } });
    }
    /** Stores the channels the campaign posts to, creating the campaign if needed. */
    setChannels(guildId, channels, actorUserId = null) {
        return this.writes.run(async (manager) => {
            const campaign = (await manager.findOneBy(campaign_entity_1.Campaign, { guildId })) ??
                (await this.createCampaign(manager, guildId));
            Object.assign(campaign, channels);
            await manager.update(campaign_entity_1.Campaign, campaign.id, channels);
            await this.events.append(manager, campaign.id, actorUserId, 'campaign.channels_set', {
                ...channels,
            });
            this.logger.log({ message: 'campaign channels set', guildId, ...channels });
            return campaign;
        });
    }
    /**
     * Fills in any channel the campaign has not set yet, keeping the ones an admin chose, so an
     * admin who never ran setup still gets a Gazette in #gazette.
     */
    setChannelsIfUnset(guildId, defaults) {
        return this.writes.run(async (manager) => {
            const campaign = (await manager.findOneBy(campaign_entity_1.Campaign, { guildId })) ??
                (await this.createCampaign(manager, guildId));
            const channels = {
                gazetteChannelId: campaign.gazetteChannelId ?? defaults.gazetteChannelId,
                tableTalkChannelId: campaign.tableTalkChannelId ?? defaults.tableTalkChannelId,
                adminChannelId: campaign.adminChannelId ?? defaults.adminChannelId,
            };
            Object.assign(campaign, channels);
            await manager.update(campaign_entity_1.Campaign, campaign.id, channels);
            return campaign;
        });
    }
    async createCampaign(manager, guildId) {
        const game = this.config.game;
        const campaign = manager.create(campaign_entity_1.Campaign, {
            guildId,
            seed: `${game.seed}:${guildId}`,
            timeZone: this.config.schedule.timeZone,
            startYear: game.startYear,
            currentYear: game.startYear,
            gazetteChannelId: null,
            tableTalkChannelId: null,
            adminChannelId: null,
            createdAt: this.clock.now(),
        });
        await manager.save(campaign);
        await this.scholars.seedRoster(manager, campaign);
        this.logger.log({ message: 'campaign created', guildId, campaignId: campaign.id });
        return campaign;
    }
    async createPlayer(manager, campaign, actor) {
        const grant = this.config.game.startingInfluence;
        const influence = Object.fromEntries(scholar_profile_1.FACTIONS.map((faction) => [faction, grant]));
        const player = manager.create(player_entity_1.Player, {
            campaignId: campaign.id,
            userId: actor.userId,
            displayName: actor.displayName,
            reputation: 0,
            influence,
            stakeCooldownDigests: 0,
        });
        await manager.save(player);
        await this.events.append(manager, campaign.id, actor.userId, 'player.joined', {
            playerId: player.id,
            displayName: actor.displayName,
        });
        this.logger.log({ message: 'player joined', guildId: campaign.guildId, userId: actor.userId });
        return player;
    }
};
exports.CampaignsService = CampaignsService;
exports.CampaignsService = CampaignsService = CampaignsService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(campaign_entity_1.Campaign)),
    __param(1, (0, typeorm_1.InjectRepository)(player_entity_1.Player)),
    __param(5, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, Function, write_queue_1.WriteQueue,
        app_config_1.AppConfig,
        scholars_service_1.ScholarsService, Object, events_service_1.EventsService])
], CampaignsService);
//# sourceMappingURL=campaigns.service.js.map