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
exports.PressService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const press_release_entity_1 = require("./press-release.entity");
/** Stores press releases in the public archive with gapless per-campaign numbers. */
let PressService = class PressService {
    releases;
    constructor(releases) {
        this.releases = releases;
    }
    /**
     * Numbers and stores a press release inside the caller's write transaction. The number comes
     * from the campaign row read inside that transaction, so numbers stay gapless: a rolled-back
     * write gives its number back.
     */
    async publish(manager, campaignId, type, text) {
        const campaign = await manager.findOneByOrFail(campaign_entity_1.Campaign, { id: campaignId });
        const release = manager.create(press_release_entity_1.PressRelease, {
            campaignId,
            number: campaign.nextPressNumber,
            type,
            headline: text.headline,
            body: text.body,
            year: campaign.currentYear,
            editionId: null,
        });
        await manager.update(campaign_entity_1.Campaign, campaignId, { nextPressNumber: campaign.nextPressNumber + 1 });
        return manager.save(release);
    }
    /** The most recent press releases, newest first. */
    findRecent(campaignId, limit) {
        return this.releases.find({ where: { campaignId }, order: { number: 'DESC' }, take: limit });
    }
    findByNumber(campaignId, number) {
        return this.releases.findOneBy({ campaignId, number });
    }
};
exports.PressService = PressService;
exports.PressService = PressService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(press_release_entity_1.PressRelease)),
    __metadata("design:paramtypes", [Function])
], PressService);
//# sourceMappingURL=press.service.js.map