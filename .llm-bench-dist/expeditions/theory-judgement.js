"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TheoryJudgement = void 0;
exports.startStakeCooldown = startStakeCooldown;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const player_entity_1 = require("../campaigns/player.entity");
const confidence_1 = require("../theories/confidence");
const theory_entity_1 = require("../theories/theory.entity");
const challenge_entity_1 = require("./challenge.entity");
const expedition_press_1 = require("./expedition-press");
const expedition_rules_1 = require("./expedition-rules");
const player_ledger_1 = require("./player-ledger");
const THEORY_STATUS = {
    vindicated: 'vindicated',
    partial: 'partial',
    refuted: 'refuted',
};
/**
 * Judges theories and settles the challenges against them. A theory is judged once: the caller
 * checks that it is still open, and this marks it closed in the same transaction.
 */
let TheoryJudgement = class TheoryJudgement {
    /** Closes the theory with the outcome, pays its owner the wager and settles its challenges. */
    async judge(manager, theory, outcome, at) {
        await manager.update(theory_entity_1.Theory, theory.id, { status: THEORY_STATUS[outcome], resolvedAt: at });
        theory.status = THEORY_STATUS[outcome];
        const change = (0, confidence_1.wagerPayout)(theory.confidence, outcome);
        const reputationAfter = await (0, player_ledger_1.shiftReputation)(manager, theory.playerId, change);
        if (theory.confidence === 'stake_my_career') {
            await startStakeCooldown(manager, theory.playerId);
        }
        const challengeLines = await this.settleChallenges(manager, theory, outcome, at);
        return { change, reputationAfter, challengeLines };
    }
    /**
     * Voids the open challenges of theories that lapsed untested: nobody judged them, so nothing is
     * paid. Returns how many were voided.
     */
    async voidLapsedChallenges(manager, campaignId, at) {
        const open = await manager.find(challenge_entity_1.Challenge, { where: { campaignId, isSettled: false } });
        if (open.length === 0) {
            return 0;
        }
        const lapsed = await manager.find(theory_entity_1.Theory, {
            where: { id: (0, typeorm_1.In)(open.map((challenge) => challenge.theoryId)), status: 'lapsed' },
        });
        const lapsedIds = new Set(lapsed.map((theory) => theory.id));
        const voided = open.filter((challenge) => lapsedIds.has(challenge.theoryId));
        for (const challenge of voided) {
            await manager.update(challenge_entity_1.Challenge, challenge.id, {
                isSettled: true,
                outcome: 'void',
                reputationChange: 0,
                settledAt: at,
            });
        }
        return voided.length;
    }
    async settleChallenges(manager, theory, outcome, at) {
        const challenges = await manager.find(challenge_entity_1.Challenge, {
            where: { theoryId: theory.id, isSettled: false },
            order: { id: 'ASC' },
        });
        const lines = [];
        for (const challenge of challenges) {
            const result = (0, expedition_rules_1.challengeOutcome)(outcome);
            const change = result === null ? 0 : (0, confidence_1.wagerPayout)(challenge.confidence, result);
            const settled = result === null ? 'drawn' : result === 'vindicated' ? 'won' : 'lost';
            if (change !== 0) {
                await (0, player_ledger_1.shiftReputation)(manager, challenge.challengerId, change);
            }
            if (result !== null && challenge.confidence === 'stake_my_career') {
                await startStakeCooldown(manager, challenge.challengerId);
            }
            await manager.update(challenge_entity_1.Challenge, challenge.id, {
                isSettled: true,
                outcome: settled,
                reputationChange: change,
                settledAt: at,
            });
            const challenger = await manager.findOneByOrFail(player_entity_1.Player, { id: challenge.challengerId });
            lines.push((0, expedition_press_1.challengeLine)(challenger.displayName, settled, change));
        }
        return lines;
    }
};
exports.TheoryJudgement = TheoryJudgement;
exports.TheoryJudgement = TheoryJudgement = __decorate([
    (0, common_1.Injectable)()
], TheoryJudgement);
/**
 * Halves the player's recruitment chances for the next 2 digests after a stake-my-career result.
 * The digest ticks cooldowns before it resolves orders, so the full 2 digests follow this one.
 */
async function startStakeCooldown(manager, playerId) {
    await manager.update(player_entity_1.Player, playerId, { stakeCooldownDigests: expedition_rules_1.STAKE_COOLDOWN_DIGESTS });
}
//# sourceMappingURL=theory-judgement.js.map