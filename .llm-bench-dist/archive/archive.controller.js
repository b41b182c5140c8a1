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
exports.ArchiveController = void 0;
const common_1 = require("@nestjs/common");
const archive_html_1 = require("./archive-html");
const archive_service_1 = require("./archive.service");
const GUILD_ID = /^\d{1,20}$/;
const POSITIVE_INTEGER = /^[1-9]\d{0,8}$/;
/**
 * The public archive: server-rendered HTML pages with no scripts. Every page is readable by
 * anyone who has the link, like the Gazette itself.
 */
let ArchiveController = class ArchiveController {
    archive;
    constructor(archive) {
        this.archive = archive;
    }
    async index(guildId, pageParam, response) {
        const campaign = await this.findCampaign(guildId);
        if (!campaign) {
            return this.notFound(response, null, 'No campaign is archived under this address.');
        }
        const pageNumber = pageParam === undefined ? 1 : parsePositive(pageParam);
        if (pageNumber === null) {
            return this.notFound(response, guildId, 'Pages are numbered from 1.');
        }
        const { items, total, pageCount } = await this.archive.findPage(campaign.id, pageNumber);
        if (pageNumber > pageCount) {
            return this.notFound(response, guildId, `The archive has ${pageCount} page(s); there is no page ${pageNumber}.`);
        }
        this.send(response, 200, (0, archive_html_1.renderIndex)(guildId, items, pageNumber, pageCount, total));
    }
    async press(guildId, numberParam, response) {
        const campaign = await this.findCampaign(guildId);
        const number = parsePositive(numberParam);
        const item = campaign && number !== null ? await this.archive.findPress(campaign.id, number) : null;
        if (!campaign || !item) {
            return this.notFound(response, campaign ? guildId : null, `There is no press release No. ${numberParam} in this archive.`);
        }
        this.send(response, 200, (0, archive_html_1.renderPress)(guildId, item, campaign.nextPressNumber - 1));
    }
    /** Academic Bulletins are cited by their own number; this redirects to the press page. */
    async bulletin(guildId, numberParam, response) {
        const campaign = await this.findCampaign(guildId);
        const number = parsePositive(numberParam);
        const pressNumber = campaign && number !== null
            ? await this.archive.findBulletinPressNumber(campaign.id, number)
            : null;
        if (pressNumber === null) {
            return this.notFound(response, campaign ? guildId : null, `There is no Academic Bulletin No. ${numberParam} in this archive.`);
        }
        this.setSecurityHeaders(response);
        response.redirect(302, `${(0, archive_html_1.archivePath)(guildId)}/press/${pressNumber}`);
    }
    async player(guildId, userId, response) {
        const campaign = await this.findCampaign(guildId);
        const player = campaign && GUILD_ID.test(userId) ? await this.archive.findPlayer(campaign.id, userId) : null;
        if (!campaign || !player) {
            return this.notFound(response, campaign ? guildId : null, 'No such player in this campaign.');
        }
        const [theories, press] = await Promise.all([
            this.archive.findTheories(player.id),
            this.archive.findPlayerPress(campaign.id, userId),
        ]);
        this.send(response, 200, (0, archive_html_1.renderPlayer)(guildId, player, theories, press));
    }
    async scholar(guildId, idParam, response) {
        const campaign = await this.findCampaign(guildId);
        const id = parsePositive(idParam);
        const scholar = campaign && id !== null ? await this.archive.findScholar(campaign.id, id) : null;
        if (!campaign || !scholar) {
            return this.notFound(response, campaign ? guildId : null, 'No such scholar in this campaign.');
        }
        const [employer, press] = await Promise.all([
            this.archive.findEmployer(scholar),
            this.archive.findScholarPress(campaign.id, scholar.name),
        ]);
        this.send(response, 200, (0, archive_html_1.renderScholar)(guildId, scholar, employer, press));
    }
    findCampaign(guildId) {
        return GUILD_ID.test(guildId) ? this.archive.findCampaign(guildId) : Promise.resolve(null);
    }
    notFound(response, guildId, what) {
        this.send(response, 404, (0, archive_html_1.renderNotFound)(guildId, what));
    }
    send(response, status, html) {
        this.setSecurityHeaders(response);
        response.status(status).type('html').send(html);
    }
    setSecurityHeaders(response) {
        response.setHeader('Content-Security-Policy', archive_html_1.ARCHIVE_CSP);
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.setHeader('Referrer-Policy', 'no-referrer');
    }
};
exports.ArchiveController = ArchiveController;
__decorate([
    (0, common_1.Get)(':guildId'),
    __param(0, (0, common_1.Param)('guildId')),
    __param(1, (0, common_1.Query)('page')),
    __param(2, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", Promise)
], ArchiveController.prototype, "index", null);
__decorate([
    (0, common_1.Get)(':guildId/press/:number'),
    __param(0, (0, common_1.Param)('guildId')),
    __param(1, (0, common_1.Param)('number')),
    __param(2, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", Promise)
], ArchiveController.prototype, "press", null);
__decorate([
    (0, common_1.Get)(':guildId/bulletins/:number'),
    __param(0, (0, common_1.Param)('guildId')),
    __param(1, (0, common_1.Param)('number')),
    __param(2, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", Promise)
], ArchiveController.prototype, "bulletin", null);
__decorate([
    (0, common_1.Get)(':guildId/players/:userId'),
    __param(0, (0, common_1.Param)('guildId')),
    __param(1, (0, common_1.Param)('userId')),
    __param(2, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", Promise)
], ArchiveController.prototype, "player", null);
__decorate([
    (0, common_1.Get)(':guildId/scholars/:id'),
    __param(0, (0, common_1.Param)('guildId')),
    __param(1, (0, common_1.Param)('id')),
    __param(2, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", Promise)
], ArchiveController.prototype, "scholar", null);
exports.ArchiveController = ArchiveController = __decorate([
    (0, common_1.Controller)('archive'),
    __metadata("design:paramtypes", [archive_service_1.ArchiveService])
], ArchiveController);
function parsePositive(value) {
    return POSITIVE_INTEGER.test(value) ? Number(value) : null;
}
//# sourceMappingURL=archive.controller.js.map