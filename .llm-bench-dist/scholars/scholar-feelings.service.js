"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScholarFeelingsService = void 0;
const common_1 = require("@nestjs/common");
const scholar_rules_1 = require("./scholar-rules");
const scholar_entity_1 = require("./scholar.entity");
const scholar_feelings_entity_1 = require("./scholar-feelings.entity");
/** Scholars' feelings toward players, changed inside the caller's write transaction. */
let ScholarFeelingsService = class ScholarFeelingsService {
    /**
     * Adds `delta` to the scholar's feeling toward the player and returns the new value, which a
     * scar keeps at or below the scar's level.
     */
    async adjust(manager, scholarId, playerId, delta) {
        const existing = await manager.findOneBy(scholar_feelings_entity_1.ScholarFeeling, {
            scholarId,
            subjectKind: 'player',
            subjectId: playerId,
        });
        if (existing) {
            const value = (0, scholar_rules_1.applyScar)(existing.value + delta, existing.scarLevel);
            await manager.update(scholar_feelings_entity_1.ScholarFeeling, existing.id, { value });
            return value;
        }
        const scholar = await manager.findOneByOrFail(scholar_entity_1.Scholar, { id: scholarId });
        await manager.insert(scholar_feelings_entity_1.ScholarFeeling, {
            campaignId: scholar.campaignId,
            scholarId,
            subjectKind: 'player',
            subjectId: playerId,
            value: delta,
        });
        return delta;
    }
    /**
     * Scars the scholar's feeling toward the player at `level`, or lower if an older scar or the
     * feeling already sits below it, and returns the new value. A scar never decays.
     */
    async scar(manager, scholarId, playerId, level) {
        const value = await this.adjust(manager, scholarId, playerId, 0);
        const row = await manager.findOneByOrFail(scholar_feelings_entity_1.ScholarFeeling, {
            scholarId,
            subjectKind: 'player',
            subjectId: playerId,
        });
        const scarLevel = Math.min(level, value, row.scarLevel ?? level);
        await manager.update(scholar_feelings_entity_1.ScholarFeeling, row.id, { scarLevel, value: (0, scholar_rules_1.applyScar)(value, scarLevel) });
        return (0, scholar_rules_1.applyScar)(value, scarLevel);
    }
    /** The scholar's feeling toward the player; 0 when they have never met. */
    async towardPlayer(manager, scholarId, playerId) {
        const row = await manager.findOneBy(scholar_feelings_entity_1.ScholarFeeling, {
            scholarId,
            subjectKind: 'player',
            subjectId: playerId,
        });
        return row?.value ?? 0;
    }
};
exports.ScholarFeelingsService = ScholarFeelingsService;
exports.ScholarFeelingsService = ScholarFeelingsService = __decorate([
    (0, common_1.Injectable)()
], ScholarFeelingsService);
//# sourceMappingURL=scholar-feelings.service.js.map