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
exports.MentorshipStep = void 0;
const common_1 = require("@nestjs/common");
const digest_step_1 = require("../gazette/digest-step");
const mentorship_service_1 = require("./mentorship.service");
/** The digest step that credits a digest of mentorship to every mentee. */
let MentorshipStep = class MentorshipStep {
    mentorship;
    name = 'mentored-careers';
    order = digest_step_1.DIGEST_ORDER.mentoredCareers;
    constructor(registry, mentorship) {
        this.mentorship = mentorship;
        registry.register(this);
    }
    async run({ manager, campaign, slotAt, reactions }) {
        await this.mentorship.creditMentoredDigest(manager, campaign, slotAt, reactions);
    }
};
exports.MentorshipStep = MentorshipStep;
exports.MentorshipStep = MentorshipStep = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [digest_step_1.DigestStepRegistry,
        mentorship_service_1.MentorshipService])
], MentorshipStep);
//# sourceMappingURL=mentorship.step.js.map