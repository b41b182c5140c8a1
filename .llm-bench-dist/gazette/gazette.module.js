"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GazetteModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const campaign_entity_1 = require("../campaigns/campaign.entity");
const narration_module_1 = require("../narration/narration.module");
const digest_steps_module_1 = require("./digest-steps.module");
const dispatch_entity_1 = require("./dispatch.entity");
const edition_entity_1 = require("./edition.entity");
const gazette_delivery_service_1 = require("./gazette-delivery.service");
const gazette_service_1 = require("./gazette.service");
const gazette_jobs_1 = require("./gazette.jobs");
const press_module_1 = require("./press.module");
/**
 * The Gazette: digests, the outbox of Discord posts, and the timers that drive them. The channel
 * poster comes from the Discord client module through the CHANNEL_POSTER token.
 */
let GazetteModule = class GazetteModule {
};
exports.GazetteModule = GazetteModule;
exports.GazetteModule = GazetteModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([edition_entity_1.Edition, dispatch_entity_1.Dispatch, campaign_entity_1.Campaign]),
            press_module_1.PressModule,
            digest_steps_module_1.DigestStepsModule,
            narration_module_1.NarrationModule,
        ],
        providers: [gazette_service_1.GazetteService, gazette_delivery_service_1.GazetteDeliveryService, gazette_jobs_1.GazetteJobs],
        exports: [gazette_service_1.GazetteService, gazette_delivery_service_1.GazetteDeliveryService, press_module_1.PressModule],
    })
], GazetteModule);
//# sourceMappingURL=gazette.module.js.map