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
exports.ArchiveService = exports.ARCHIVE_PAGE_SIZE = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
const events_service_1 = require("../events/events.service");
const press_release_entity_1 = require("../gazette/press-release.entity");
const scholar_entity_1 = require("../scholars/scholar.entity");
const theory_entity_1 = require("../theories/theory.entity");
/** Press releases per archive index page. */
exports.ARCHIVE_PAGE_SIZE = 25;
/** At most this many press releases are listed on a player or scholar page. */
const PROFILE_PRESS_LIMIT = 50;
/** Read-only queries behind the public archive. */
let ArchiveService = class ArchiveService {
    campaigns;
    press;
    players;
    scholars;
    theories;
    events;
    constructor(campaigns, press, players, scholars, theories, events) {
        this.campaigns = campaigns;
        this.press = press;
        this.players = players;
        this.scholars = scholars;
        this.theories = theories;
        this.events = events;
    }
    findCampaign(guildId) {
        return this.campaigns.findOneBy({ guildId });
    }
    /** Page `pageNumber` (from 1) of the campaign's press, newest first. */
    async findPage(campaignId, pageNumber) {
        const [items, total] = await this.press.findAndCount({
            where: { campaignId },
            order: { number: 'DESC' },
            skip: (pageNumber - 1) * exports.ARCHIVE_PAGE_SIZE,
            take: exports.ARCHIVE_PAGE_SIZE,
        });
        return { items, total, pageCount: Math.max(1, Math.ceil(total / exports.ARCHIVE_PAGE_SIZE)) };
    }
    findPress(campaignId, number) {
        return this.press.findOneBy({ campaignId, number });
    }
    /** Press number of an Academic Bulletin, from the event that recorded its publication. */
    async findBulletinPressNumber(campaignId, bulletinNumber) {
        const [event] = await this.events.findByPayload(campaignId, 'theory.submitted', 'bulletinNumber', bulletinNumber);
        const pressNumber = event?.payload.pressNumber;
        return typeof pressNumber === 'number' ? pressNumber : null;
    }
    findPlayer(campaignId, userId) {
        return this.players.findOneBy({ campaignId, userId });
    }
    findTheories(playerId) {
        return this.theories.find({ where: { playerId }, order: { bulletinNumber: 'DESC' } });
    }
    /** Press releases caused by a player's own actions, newest first. */
    async findPlayerPress(campaignId, userId) {
        const events = await this.events.findByActor(campaignId, userId, PROFILE_PRESS_LIMIT * 4);
        const numbers = [
            ...new Set(events
                .map((event) => event.payload.pressNumber)
                .filter((number) => typeof number === 'number')),
        ].slice(0, PROFILE_PRESS_LIMIT);
        if (numbers.length === 0) {
            return [];
        }
        return this.press.find({
            where: { campaignId, number: (0, typeorm_2.In)(numbers) },
            order: { number: 'DESC' },
        });
    }
    findScholar(campaignId, id) {
        return this.scholars.findOneBy({ campaignId, id });
    }
    findEmployer(scholar) {
        return scholar.employerId
            ? this.players.findOneBy({ id: scholar.employerId })
            : Promise.resolve(null);
    }
    /** Press releases that name the scholar in the headline or body, newest first. */
    findScholarPress(campaignId, name) {
        // instr() matches the name literally; LIKE would treat % and _ in a name as wildcards.
        return this.press
            .createQueryBuilder('press')
            .where('press.campaign_id = :campaignId', { campaignId })
            .andWhere('(instr(press.headline, :name) > 0 OR instr(press.body, :name) > 0)', { name })
            .orderBy('press.number', 'DESC')
            .take(PROFILE_PRESS_LIMIT)
            .getMany();
    }
};
exports.ArchiveService = ArchiveService;
exports.ArchiveService = ArchiveService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(campaign_entity_1.Campaign)),
    __param(1, (0, typeorm_1.InjectRepository)(press_release_entity_1.PressRelease)),
    __param(2, (0, typeorm_1.InjectRepository)(player_entity_1.Player)),
    __param(3, (0, typeorm_1.InjectRepository)(scholar_entity_1.Scholar)),
    __param(4, (0, typeorm_1.InjectRepository)(theory_entity_1.Theory)),
    __metadata("design:paramtypes", [Function, Function, Function, Function, Function, events_service_1.EventsService])
], ArchiveService);
//# sourceMappingURL=archive.service.js.map