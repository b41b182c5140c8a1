"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExpeditionsModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaigns_module_1 = require("../campaigns/campaigns.module");
const app_config_1 = require("../config/app-config");
const digest_steps_module_1 = require("../gazette/digest-steps.module");
const press_module_1 = require("../gazette/press.module");
const narration_module_1 = require("../narration/narration.module");
const scholar_feelings_entity_1 = require("../scholars/scholar-feelings.entity");
const scholar_feelings_service_1 = require("../scholars/scholar-feelings.service");
const scholars_module_1 = require("../scholars/scholars.module");
const theory_entity_1 = require("../theories/theory.entity");
const challenge_entity_1 = require("./challenge.entity");
const conference_entity_1 = require("./conference.entity");
const domain_tag_entity_1 = require("./domain-tag.entity");
const expedition_outcomes_1 = require("./expedition-outcomes");
const expedition_resolution_step_1 = require("./expedition-resolution.step");
const expedition_resolver_1 = require("./expedition-resolver");
const expedition_tables_1 = require("./expedition-tables");
const expedition_entity_1 = require("./expedition.entity");
const expeditions_service_1 = require("./expeditions.service");
const junior_neglect_step_1 = require("./junior-neglect.step");
const theory_judgement_1 = require("./theory-judgement");
let ExpeditionsModule = class ExpeditionsModule {
};
exports.ExpeditionsModule = ExpeditionsModule;
exports.ExpeditionsModule = ExpeditionsModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([
                expedition_entity_1.Expedition,
                conference_entity_1.Conference,
                challenge_entity_1.Challenge,
                domain_tag_entity_1.DomainTag,
                scholar_feelings_entity_1.ScholarFeeling,
                theory_entity_1.Theory,
            ]),
            campaigns_module_1.CampaignsModule,
            scholars_module_1.ScholarsModule,
            press_module_1.PressModule,
            digest_steps_module_1.DigestStepsModule,
            narration_module_1.NarrationModule,
        ],
        providers: [
            {
                provide: expedition_outcomes_1.EXPEDITION_TABLES,
                inject: [app_config_1.AppConfig],
                // Read once at boot, so a bad table stops the service before it serves a command.
                useFactory: (config) => (0, expedition_tables_1.loadExpeditionTables)(config.game.expeditions.tablesPath || expedition_tables_1.DEFAULT_TABLES_PATH),
            },
            scholar_feelings_service_1.ScholarFeelingsService,
            theory_judgement_1.TheoryJudgement,
            expedition_outcomes_1.ExpeditionOutcomes,
            expedition_resolver_1.ExpeditionResolver,
            expeditions_service_1.ExpeditionsService,
            expedition_resolution_step_1.ExpeditionResolutionStep,
            junior_neglect_step_1.JuniorNeglectStep,
        ],
        exports: [expeditions_service_1.ExpeditionsService, scholar_feelings_service_1.ScholarFeelingsService],
    })
], ExpeditionsModule);
//# sourceMappingURL=expeditions.module.js.map