"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RecruitmentModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaigns_module_1 = require("../campaigns/campaigns.module");
const digest_steps_module_1 = require("../gazette/digest-steps.module");
const press_module_1 = require("../gazette/press.module");
const mentorship_service_1 = require("./mentorship.service");
const mentorship_step_1 = require("./mentorship.step");
const poaching_offer_entity_1 = require("./poaching-offer.entity");
const poaching_service_1 = require("./poaching.service");
const poaching_step_1 = require("./poaching.step");
const recruitment_service_1 = require("./recruitment.service");
const scholars_module_1 = require("./scholars.module");
/**
 * How scholars change hands and climb: recruitment, poaching offers and mentorship. Apart from
 * `ScholarsModule` because these rules charge players, which needs `CampaignsModule`, and that
 * module already imports `ScholarsModule`.
 */
let RecruitmentModule = class RecruitmentModule {
};
exports.RecruitmentModule = RecruitmentModule;
exports.RecruitmentModule = RecruitmentModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([poaching_offer_entity_1.PoachingOffer]),
            campaigns_module_1.CampaignsModule,
            scholars_module_1.ScholarsModule,
            press_module_1.PressModule,
            digest_steps_module_1.DigestStepsModule,
        ],
        providers: [recruitment_service_1.RecruitmentService, poaching_service_1.PoachingService, poaching_step_1.PoachingStep, mentorship_service_1.MentorshipService, mentorship_step_1.MentorshipStep],
        exports: [recruitment_service_1.RecruitmentService, poaching_service_1.PoachingService, mentorship_service_1.MentorshipService],
    })
], RecruitmentModule);
//# sourceMappingURL=recruitment.module.js.map