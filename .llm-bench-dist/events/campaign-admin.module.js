"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CampaignAdminModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaigns_module_1 = require("../campaigns/campaigns.module");
const edition_entity_1 = require("../gazette/edition.entity");
const press_module_1 = require("../gazette/press.module");
const campaign_admin_service_1 = require("./campaign-admin.service");
/** Admin actions that change a campaign and are recorded in its event log. */
let CampaignAdminModule = class CampaignAdminModule {
};
exports.CampaignAdminModule = CampaignAdminModule;
exports.CampaignAdminModule = CampaignAdminModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([edition_entity_1.Edition]), campaigns_module_1.CampaignsModule, press_module_1.PressModule],
        providers: [campaign_admin_service_1.CampaignAdminService],
        exports: [campaign_admin_service_1.CampaignAdminService],
    })
], CampaignAdminModule);
//# sourceMappingURL=campaign-admin.module.js.map