"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SymposiumModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaigns_module_1 = require("../campaigns/campaigns.module");
const digest_steps_module_1 = require("../gazette/digest-steps.module");
const press_module_1 = require("../gazette/press.module");
const symposium_debt_entity_1 = require("./symposium-debt.entity");
const symposium_pledge_entity_1 = require("./symposium-pledge.entity");
const symposium_session_entity_1 = require("./symposium-session.entity");
const symposium_topic_entity_1 = require("./symposium-topic.entity");
const symposium_vote_entity_1 = require("./symposium-vote.entity");
const symposium_week_service_1 = require("./symposium-week.service");
const symposium_service_1 = require("./symposium.service");
const symposium_step_1 = require("./symposium.step");
/** The weekly symposium: proposals, votes, and the call and result run by a digest step. */
let SymposiumModule = class SymposiumModule {
};
exports.SymposiumModule = SymposiumModule;
exports.SymposiumModule = SymposiumModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([
                symposium_topic_entity_1.SymposiumTopic,
                symposium_session_entity_1.SymposiumSession,
                symposium_vote_entity_1.SymposiumVote,
                symposium_pledge_entity_1.SymposiumPledge,
                symposium_debt_entity_1.SymposiumDebt,
            ]),
            campaigns_module_1.CampaignsModule,
            press_module_1.PressModule,
            digest_steps_module_1.DigestStepsModule,
        ],
        providers: [symposium_service_1.SymposiumService, symposium_week_service_1.SymposiumWeekService, symposium_step_1.SymposiumStep],
        exports: [symposium_service_1.SymposiumService],
    })
], SymposiumModule);
//# sourceMappingURL=symposium.module.js.map