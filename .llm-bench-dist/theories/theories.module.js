"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TheoriesModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaigns_module_1 = require("../campaigns/campaigns.module");
const digest_steps_module_1 = require("../gazette/digest-steps.module");
const press_module_1 = require("../gazette/press.module");
const narration_module_1 = require("../narration/narration.module");
const scholars_module_1 = require("../scholars/scholars.module");
const bulletin_reactions_step_1 = require("./bulletin-reactions.step");
const theories_service_1 = require("./theories.service");
const theory_lapse_step_1 = require("./theory-lapse.step");
const theory_entity_1 = require("./theory.entity");
let TheoriesModule = class TheoriesModule {
};
exports.TheoriesModule = TheoriesModule;
exports.TheoriesModule = TheoriesModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([theory_entity_1.Theory]),
            campaigns_module_1.CampaignsModule,
            scholars_module_1.ScholarsModule,
            press_module_1.PressModule,
            digest_steps_module_1.DigestStepsModule,
            narration_module_1.NarrationModule,
        ],
        providers: [theories_service_1.TheoriesService, theory_lapse_step_1.TheoryLapseStep, bulletin_reactions_step_1.BulletinReactionsStep],
        exports: [theories_service_1.TheoriesService],
    })
], TheoriesModule);
//# sourceMappingURL=theories.module.js.map