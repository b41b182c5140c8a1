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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
var CampaignAdminService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.CampaignAdminService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const joi_1 = __importDefault(require("joi"));
const luxon_1 = require("luxon");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const campaigns_errors_1 = require("../campaigns/campaigns.errors");
const influence_1 = require("../campaigns/influence");
const player_entity_1 = require("../campaigns/player.entity");
const clock_1 = require("../common/clock");
const validate_input_1 = require("../common/validate-input");
const app_config_1 = require("../config/app-config");
const write_queue_1 = require("../database/write-queue");
const edition_entity_1 = require("../gazette/edition.entity");
const gazette_schedule_1 = require("../gazette/gazette-schedule");
const press_service_1 = require("../gazette/press.service");
const scholar_profile_1 = require("../scholars/scholar-profile");
const campaign_admin_errors_1 = require("./campaign-admin.errors");
const events_service_1 = require("./events.service");
const adjustSchema = joi_1.default.object({
    target: joi_1.default.string()
        .valid('reputation', ...scholar_profile_1.FACTIONS)
        .required()
        .messages({ 'any.only': `Adjust reputation or one of: ${scholar_profile_1.FACTIONS.join(', ')}.` }),
    amount: joi_1.default.number().integer().min(-100).max(100).invalid(0).required().messages({
        'any.invalid': 'An adjustment of 0 changes nothing; give a positive or negative amount.',
        'number.min': 'An adjustment is between −100 and +100.',
        'number.max': 'An adjustment is between −100 and +100.',
    }),
    reason: joi_1.default.string().trim().min(5).max(300).required().messages({
        'string.empty': 'Give a public reason for the adjustment.',
        'any.required': 'Give a public reason for the adjustment.',
        'string.min': 'A reason needs at least 5 characters.',
        'string.max': 'A reason may have at most 300 characters.',
    }),
});
const timeZoneSchema = joi_1.default.object({
    timeZone: joi_1.default.string()
        .trim()
        .required()
        .custom((value, helpers) => luxon_1.IANAZone.isValidZone(value)
        ? value
        : helpers.message({
            custom: `"${value}" is not an IANA time zone. Use a name such as UTC, Europe/Paris or America/Chicago.`,
        })),
});
/**
 * Admin actions on a campaign: pause, resume, the time zone and adjustments. Each one appends an
 * event and is announced as a Gazette Note.
 */
let CampaignAdminService = CampaignAdminService_1 = class CampaignAdminService {
    editions;
    press;
    events;
    writes;
    config;
    clock;
    logger = new common_1.Logger(CampaignAdminService_1.name);
    constructor(editions, press, events, writes, config, clock) {
        this.editions = editions;
        this.press = press;
        this.events = events;
        this.writes = writes;
        this.config = config;
        this.clock = clock;
    }
    /** Pauses the campaign. Returns false when it was already paused. */
    setPaused(actor, paused) {
        return this.writes.run(async (manager) => {
            const campaign = await this.findCampaignOrFail(manager, actor.guildId);
            if (campaign.paused === paused) {
                return false;
            }
            await manager.update(campaign_entity_1.Campaign, campaign.id, { paused });
            const held = paused ? 0 : await this.countHeldDigests(campaign);
            await this.press.publish(manager, campaign.id, 'gazette_note', {
                headline: paused
                    ? 'Gazette Note: the Academy goes into recess'
                    : 'Gazette Note: the Academy reconvenes',
                body: paused
                    ? 'By order of the Board the halls are closed. No new work is accepted until the recess ends.'
                    : `The recess is over. ${held} edition(s) held during the recess follow now.`,
            });
            await this.events.append(manager, campaign.id, actor.userId, paused ? 'campaign.paused' : 'campaign.resumed', paused ? {} : { heldEditions: held });
            this.logger.log({
                message: paused ? 'campaign paused' : 'campaign resumed',
                guildId: actor.guildId,
            });
            return true;
        });
    }
    /** Sets the campaign's IANA time zone, in which digest and symposium times are read. */
    setTimeZone(actor, rawTimeZone) {
        const { timeZone } = (0, validate_input_1.validateInput)(timeZoneSchema, { timeZone: rawTimeZone });
        return this.writes.run(async (manager) => {
            const campaign = await this.findCampaignOrFail(manager, actor.guildId);
            const previous = campaign.timeZone;
            await manager.update(campaign_entity_1.Campaign, campaign.id, { timeZone });
            campaign.timeZone = timeZone;
            await this.press.publish(manager, campaign.id, 'gazette_note', {
                headline: 'Gazette Note: the Academy resets its clocks',
                body: `From now on the Gazette and the symposium keep the hours of ${timeZone} (formerly ${previous}).`,
            });
            await this.events.append(manager, campaign.id, actor.userId, 'campaign.schedule_set', {
                timeZone,
                previous,
            });
            return campaign;
        });
    }
    /** Changes a player's reputation or one faction's influence, with a public reason. */
    adjust(actor, targetUserId, rawInput) {
        const input = (0, validate_input_1.validateInput)(adjustSchema, rawInput);
        return this.writes.run(async (manager) => {
            const campaign = await this.findCampaignOrFail(manager, actor.guildId);
            const player = await manager.findOneBy(player_entity_1.Player, {
                campaignId: campaign.id,
                userId: targetUserId,
            });
            if (!player) {
                throw new campaign_admin_errors_1.PlayerNotInCampaignError(targetUserId);
            }
            const { before, after } = this.applyAdjustment(player, input);
            await manager.save(player);
            const what = input.target === 'reputation' ? 'reputation' : `${input.target} influence`;
            const note = await this.press.publish(manager, campaign.id, 'gazette_note', {
                headline: `Gazette Note: the Board revises the standing of ${player.displayName}`,
                body: `${player.displayName}'s ${what} moves from ${before} to ${after} by order of the Board. Reason given: “${input.reason}”`,
            });
            await this.events.append(manager, campaign.id, actor.userId, 'admin.adjusted', {
                playerId: player.id,
                userId: player.userId,
                target: input.target,
                amount: input.amount,
                before,
                after,
                reason: input.reason,
                pressNumber: note.number,
            });
            return { player, target: input.target, before, after, note };
        });
    }
    /** Records an extra digest an admin asked for; refuses while the campaign is paused. */
    recordDigestNow(actor) {
        return this.writes.run(async (manager) => {
            const campaign = await this.findCampaignOrFail(manager, actor.guildId);
            if (campaign.paused) {
                throw new campaign_admin_errors_1.CampaignPausedForAdminError();
            }
            await this.events.append(manager, campaign.id, actor.userId, 'admin.digest_now', {});
        });
    }
    /**
     * Applies an adjustment in place. A gain of influence obeys the soft cap like any other gain;
     * a loss stops at zero.
     */
    applyAdjustment(player, input) {
        if (input.target === 'reputation') {
            const before = player.reputation;
            player.reputation = (0, influence_1.clampReputation)(before + input.amount);
            return { before, after: player.reputation };
        }
        const before = player.influence[input.target];
        const after = input.amount > 0
            ? (0, influence_1.applyInfluenceGain)(before, input.amount, player.reputation)
            : Math.max(0, before + input.amount);
        player.influence[input.target] = after;
        return { before, after };
    }
    async countHeldDigests(campaign) {
        const last = await this.editions.findOne({
            where: { campaignId: campaign.id, kind: 'scheduled' },
            order: { slotAt: 'DESC' },
        });
        return (0, gazette_schedule_1.scheduledSlotsBetween)(last?.slotAt ?? campaign.createdAt, this.clock.now(), this.config.schedule.gazetteTimes, campaign.timeZone).length;
    }
    async findCampaignOrFail(manager, guildId) {
        const campaign = await manager.findOneBy(campaign_entity_1.Campaign, { guildId });
        if (!campaign) {
            throw new campaigns_errors_1.CampaignNotFoundError(guildId);
        }
        return campaign;
    }
};
exports.CampaignAdminService = CampaignAdminService;
exports.CampaignAdminService = CampaignAdminService = CampaignAdminService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(edition_entity_1.Edition)),
    __param(5, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, press_service_1.PressService,
        events_service_1.EventsService,
        write_queue_1.WriteQueue,
        app_config_1.AppConfig, Object])
], CampaignAdminService);
//# sourceMappingURL=campaign-admin.service.js.map