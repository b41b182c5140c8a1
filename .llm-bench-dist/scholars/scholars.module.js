"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScholarsModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const digest_steps_module_1 = require("../gazette/digest-steps.module");
const feeling_decay_step_1 = require("./feeling-decay.step");
const scholar_entity_1 = require("./scholar.entity");
const scholar_feelings_entity_1 = require("./scholar-feelings.entity");
const scholar_feelings_service_1 = require("./scholar-feelings.service");
const scholar_memory_entity_1 = require("./scholar-memory.entity");
const scholar_memory_service_1 = require("./scholar-memory.service");
const scholars_service_1 = require("./scholars.service");
let ScholarsModule = class ScholarsModule {
};
exports.ScholarsModule = ScholarsModule;
exports.ScholarsModule = ScholarsModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([scholar_entity_1.Scholar, scholar_feelings_entity_1.ScholarFeeling, scholar_memory_entity_1.ScholarFact]), digest_steps_module_1.DigestStepsModule],
        providers: [scholars_service_1.ScholarsService, scholar_feelings_service_1.ScholarFeelingsService, scholar_memory_service_1.ScholarMemoryService, feeling_decay_step_1.FeelingDecayStep],
        exports: [scholars_service_1.ScholarsService, scholar_feelings_service_1.ScholarFeelingsService, scholar_memory_service_1.ScholarMemoryService],
    })
], ScholarsModule);
//# sourceMappingURL=scholars.module.js.map