"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ArchiveModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const player_entity_1 = require("../campaigns/player.entity");
const press_release_entity_1 = require("../gazette/press-release.entity");
const scholar_entity_1 = require("../scholars/scholar.entity");
const theory_entity_1 = require("../theories/theory.entity");
const archive_controller_1 = require("./archive.controller");
const archive_service_1 = require("./archive.service");
/** The public archive served over HTTP beside /health. */
let ArchiveModule = class ArchiveModule {
};
exports.ArchiveModule = ArchiveModule;
exports.ArchiveModule = ArchiveModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([campaign_entity_1.Campaign, press_release_entity_1.PressRelease, player_entity_1.Player, scholar_entity_1.Scholar, theory_entity_1.Theory])],
        controllers: [archive_controller_1.ArchiveController],
        providers: [archive_service_1.ArchiveService],
    })
], ArchiveModule);
//# sourceMappingURL=archive.module.js.map