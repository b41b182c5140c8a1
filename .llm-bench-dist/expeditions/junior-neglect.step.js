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
Object.defineProperty(exports, "__esModule", { value: true });
exports.JuniorNeglectStep = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const app_config_1 = require("../config/app-config");
const digest_step_1 = require("../gazette/digest-step");
const scholar_entity_1 = require("../scholars/scholar.entity");
/**
 * The digest step that counts digests a sponsored Postdoc goes without mentorship. After the
 * configured number (3 by default) the junior's loyalty drops, which leaves them open to poaching.
 * Juniors who joined in this very digest start counting at the next one.
 */
let JuniorNeglectStep = class JuniorNeglectStep {
    config;
    name = 'junior-neglect';
    order = digest_step_1.DIGEST_ORDER.mentorship;
    constructor(registry, config) {
        this.config = config;
        registry.register(this);
    }
    async run({ manager, campaign, slotAt }) {
        const rules = this.config.game.expeditions;
        // TODO: every digest counts as unmentored until /mentor exists to reset the count.
        const juniors = await manager.find(scholar_entity_1.Scholar, {
            where: {
                campaignId: campaign.id,
                sponsorId: (0, typeorm_1.Not)((0, typeorm_1.IsNull)()),
                careerRung: 'Postdoc',
                sponsoredAt: (0, typeorm_1.LessThan)(slotAt),
                digestsWithoutMentorship: (0, typeorm_1.LessThan)(rules.juniorNeglectDigests),
            },
        });
        for (const junior of juniors) {
            const digests = junior.digestsWithoutMentorship + 1;
            const stats = digests >= rules.juniorNeglectDigests
                ? {
                    ...junior.stats,
                    loyalty: Math.min(junior.stats.loyalty, rules.juniorNeglectedLoyalty),
                }
                : junior.stats;
            await manager.update(scholar_entity_1.Scholar, junior.id, { digestsWithoutMentorship: digests, stats });
        }
    }
};
exports.JuniorNeglectStep = JuniorNeglectStep;
exports.JuniorNeglectStep = JuniorNeglectStep = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [digest_step_1.DigestStepRegistry,
        app_config_1.AppConfig])
], JuniorNeglectStep);
//# sourceMappingURL=junior-neglect.step.js.map