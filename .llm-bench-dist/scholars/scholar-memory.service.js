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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScholarMemoryService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const clock_1 = require("../common/clock");
const scholar_rules_1 = require("./scholar-rules");
const scholar_feelings_entity_1 = require("./scholar-feelings.entity");
const scholar_memory_entity_1 = require("./scholar-memory.entity");
/** Scholars' memory: the facts they keep and how their feelings fade between digests. */
let ScholarMemoryService = class ScholarMemoryService {
    facts;
    feelings;
    clock;
    constructor(facts, feelings, clock) {
        this.facts = facts;
        this.feelings = feelings;
        this.clock = clock;
    }
    /**
     * Stores a fact about a scholar inside the caller's write transaction. `at` defaults to the
     * clock; digest steps pass the edition's slot so a rerun stores the same instant.
     */
    async recordFact(manager, scholar, type, payload, at = this.clock.now()) {
        await manager.save(manager.create(scholar_memory_entity_1.ScholarFact, {
            campaignId: scholar.campaignId,
            scholarId: scholar.id,
            at,
            type,
            payload,
            permanent: true,
        }));
    }
    /**
     * Fades every feeling of the campaign by one digest in a single statement: values shrink by
     * the fixed factor toward zero, and a scarred feeling stays at or below its scar.
     */
    async decayFeelings(manager, campaignId) {
        await manager.query(`UPDATE "scholar_feelings"
       SET "value" = CASE
         WHEN "scar_level" IS NULL THEN "value" * ?
         ELSE MIN("value" * ?, "scar_level")
       END
       WHERE "campaign_id" = ?`, [scholar_rules_1.FEELING_DECAY, scholar_rules_1.FEELING_DECAY, campaignId]);
    }
    /** The newest facts about a scholar, newest first. */
    latestFacts(scholarId, limit) {
        return this.facts.find({ where: { scholarId }, order: { at: 'DESC', id: 'DESC' }, take: limit });
    }
    /** The scholar's strongest feelings, warm or cold, strongest first. */
    async strongestFeelings(scholarId, limit) {
        const rows = await this.feelings
            .createQueryBuilder('feeling')
            .where('feeling.scholar_id = :scholarId', { scholarId })
            .orderBy('ABS(feeling.value)', 'DESC')
            .limit(limit)
            .getMany();
        return rows.map(({ subjectKind, subjectId, value, scarLevel }) => ({
            subjectKind,
            subjectId,
            value,
            scarLevel,
        }));
    }
    /** True if the player ever mentored the scholar, which the recruitment odds reward. */
    async wasMentoredBy(manager, scholarId, playerId) {
        const count = await manager
            .createQueryBuilder(scholar_memory_entity_1.ScholarFact, 'fact')
            .where('fact.scholar_id = :scholarId', { scholarId })
            .andWhere('fact.type = :type', { type: 'mentorship_began' })
            .andWhere(`json_extract(fact.payload, '$.playerId') = :playerId`, { playerId })
            .getCount();
        return count > 0;
    }
    /** How many facts of a type the scholar holds about the player; seeds repeat attempts. */
    countFacts(manager, scholarId, types, playerId) {
        return manager
            .createQueryBuilder(scholar_memory_entity_1.ScholarFact, 'fact')
            .where('fact.scholar_id = :scholarId', { scholarId })
            .andWhere('fact.type IN (:...types)', { types })
            .andWhere(`json_extract(fact.payload, '$.playerId') = :playerId`, { playerId })
            .getCount();
    }
};
exports.ScholarMemoryService = ScholarMemoryService;
exports.ScholarMemoryService = ScholarMemoryService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(scholar_memory_entity_1.ScholarFact)),
    __param(1, (0, typeorm_1.InjectRepository)(scholar_feelings_entity_1.ScholarFeeling)),
    __param(2, (0, common_1.Inject)(clock_1.CLOCK)),
    __metadata("design:paramtypes", [Function, Function, Object])
], ScholarMemoryService);
//# sourceMappingURL=scholar-memory.service.js.map