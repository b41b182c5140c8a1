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
var ScholarsService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScholarsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const app_config_1 = require("../config/app-config");
const scholar_generator_1 = require("./scholar-generator");
const scholar_entity_1 = require("./scholar.entity");
const scholars_errors_1 = require("./scholars.errors");
/** Discord shows at most 25 autocomplete choices. */
const MAX_AUTOCOMPLETE_CHOICES = 25;
/** The campaign's roster of named scholars. */
let ScholarsService = ScholarsService_1 = class ScholarsService {
    scholars;
    config;
    logger = new common_1.Logger(ScholarsService_1.name);
    constructor(scholars, config) {
        this.scholars = scholars;
        this.config = config;
    }
    /** Creates the starting roster of a new campaign inside the caller's transaction. */
    async seedRoster(manager, campaign) {
        const profiles = (0, scholar_generator_1.buildStartingRoster)(campaign.seed, this.config.game.rosterSize);
        const rows = profiles.map((profile) => scholar_entity_1.Scholar.fromProfile(campaign.id, profile));
        await manager.insert(scholar_entity_1.Scholar, rows);
        this.logger.debug({ message: 'roster seeded', campaignId: campaign.id, size: rows.length });
        return rows;
    }
    /**
     * Finds a scholar by the value an autocomplete choice carries (the row id) or by a typed name,
     * ignoring case. Throws `ScholarNotFoundError` when nothing matches.
     */
    async findByChoiceOrFail(campaignId, query) {
        const trimmed = query.trim();
        let scholar = null;
        if (/^\d{1,9}$/.test(trimmed)) {
            scholar = await this.scholars.findOneBy({ campaignId, id: Number(trimmed) });
        }
        scholar ??= await this.scholars
            .createQueryBuilder('scholar')
            .where('scholar.campaign_id = :campaignId', { campaignId })
            .andWhere('scholar.name = :name COLLATE NOCASE', { name: trimmed })
            .getOne();
        if (!scholar) {
            throw new scholars_errors_1.ScholarNotFoundError(trimmed);
        }
        return scholar;
    }
    findByIds(campaignId, ids) {
        if (ids.length === 0) {
            return Promise.resolve([]);
        }
        return this.scholars.findBy({ campaignId, id: (0, typeorm_2.In)(ids) });
    }
    /** Scholars whose name contains the typed text, for autocomplete, best matches first. */
    async suggest(campaignId, typed) {
        const needle = typed.trim().toLowerCase();
        const roster = await this.scholars.find({
            where: { campaignId },
            order: { name: 'ASC' },
            select: { id: true, name: true, title: true, archetype: true, disciplines: true },
        });
        const matches = roster.filter((scholar) => scholar.name.toLowerCase().includes(needle));
        matches.sort((a, b) => Number(!a.name.toLowerCase().startsWith(needle)) -
            Number(!b.name.toLowerCase().startsWith(needle)));
        return matches.slice(0, MAX_AUTOCOMPLETE_CHOICES);
    }
    countRoster(campaignId) {
        return this.scholars.countBy({ campaignId });
    }
};
exports.ScholarsService = ScholarsService;
exports.ScholarsService = ScholarsService = ScholarsService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(scholar_entity_1.Scholar)),
    __metadata("design:paramtypes", [Function, app_config_1.AppConfig])
], ScholarsService);
//# sourceMappingURL=scholars.service.js.map