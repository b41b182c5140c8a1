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
exports.BulletinReactionsStep = exports.MAX_BULLETIN_REACTIONS = void 0;
exports.takeTurns = takeTurns;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const player_entity_1 = require("../campaigns/player.entity");
const digest_step_1 = require("../gazette/digest-step");
const press_release_entity_1 = require("../gazette/press-release.entity");
const scholar_entity_1 = require("../scholars/scholar.entity");
const theory_entity_1 = require("./theory.entity");
/**
 * Most reactions to bulletins in one edition. Eight one-line reactions keep a digest's language
 * model request within its token budget and the gossip item short.
 */
exports.MAX_BULLETIN_REACTIONS = 8;
/** Characters of the claim quoted in the event a scholar reacts to. */
const CLAIM_EXCERPT_LENGTH = 80;
/** Backing a theory publicly reads as admiration of its author. */
const SUPPORTER_STANCE = 3;
/**
 * The digest step in which the supporters of each bulletin printed in this edition react to it
 * in character. Supporters take turns across bulletins, first-named first, so every bulletin gets
 * a voice before any gets a second one, up to `MAX_BULLETIN_REACTIONS`.
 */
let BulletinReactionsStep = class BulletinReactionsStep {
    name = 'bulletin-reactions';
    order = digest_step_1.DIGEST_ORDER.bulletinReactions;
    constructor(registry) {
        registry.register(this);
    }
    async run(context) {
        const bulletins = await this.findNewBulletins(context.manager, context.campaign.id);
        const turns = takeTurns(bulletins.map(({ theory }) => theory.supporterIds));
        if (turns.length === 0) {
            return;
        }
        const scholarIds = [...new Set(turns.map(([, scholarId]) => scholarId))];
        const scholars = await context.manager.findBy(scholar_entity_1.Scholar, {
            campaignId: context.campaign.id,
            id: (0, typeorm_1.In)(scholarIds),
        });
        const byId = new Map(scholars.map((scholar) => [scholar.id, scholar]));
        for (const [bulletinIndex, scholarId] of turns) {
            const scholar = byId.get(scholarId);
            if (scholar) {
                context.reactions.push(reactionTo(bulletins[bulletinIndex], scholar));
            }
        }
    }
    /**
     * The bulletins not yet printed in an edition, with their theories. Each theory publishes
     * exactly one Academic Bulletin in the same transaction, in the same order, so the newest
     * unprinted bulletins belong to the theories with the highest bulletin numbers.
     */
    async findNewBulletins(manager, campaignId) {
        const releases = await manager.find(press_release_entity_1.PressRelease, {
            where: { campaignId, type: 'academic_bulletin', editionId: (0, typeorm_1.IsNull)() },
            order: { number: 'ASC' },
        });
        if (releases.length === 0) {
            return [];
        }
        const theories = await manager.find(theory_entity_1.Theory, {
            where: { campaignId },
            order: { bulletinNumber: 'DESC' },
            take: releases.length,
        });
        theories.reverse();
        const players = await manager.findBy(player_entity_1.Player, {
            id: (0, typeorm_1.In)([...new Set(theories.map((theory) => theory.playerId))]),
        });
        const names = new Map(players.map((player) => [player.id, player.displayName]));
        return theories.map((theory, i) => ({
            theory,
            pressNumber: releases[i].number,
            playerName: names.get(theory.playerId) ?? 'a rival',
        }));
    }
};
exports.BulletinReactionsStep = BulletinReactionsStep;
exports.BulletinReactionsStep = BulletinReactionsStep = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [digest_step_1.DigestStepRegistry])
], BulletinReactionsStep);
/**
 * Pairs of (bulletin index, scholar id) in speaking order: the first supporter of every bulletin,
 * then the second of every bulletin, and so on, at most `MAX_BULLETIN_REACTIONS`, then sorted
 * back into bulletin order for printing.
 */
function takeTurns(supporterLists) {
    const turns = [];
    const rounds = Math.max(0, ...supporterLists.map((list) => list.length));
    for (let round = 0; round < rounds; round += 1) {
        for (const [index, list] of supporterLists.entries()) {
            if (round < list.length && turns.length < exports.MAX_BULLETIN_REACTIONS) {
                turns.push([index, list[round]]);
            }
        }
    }
    return turns.sort((a, b) => a[0] - b[0]);
}
function reactionTo(bulletin, scholar) {
    const claim = bulletin.theory.claim.trim();
    const excerpt = claim.length > CLAIM_EXCERPT_LENGTH ? `${claim.slice(0, CLAIM_EXCERPT_LENGTH - 1)}…` : claim;
    return {
        scholarId: scholar.id,
        scholarName: scholar.name,
        archetype: scholar.archetype,
        catchphrase: scholar.catchphrase,
        traits: { ...scholar.stats },
        event: `backs Bulletin No. ${bulletin.theory.bulletinNumber} by ${bulletin.playerName}: "${excerpt}"`,
        stance: SUPPORTER_STANCE,
        allowedNumbers: [bulletin.theory.bulletinNumber, bulletin.pressNumber],
        pressNumber: bulletin.pressNumber,
    };
}
//# sourceMappingURL=bulletin-reactions.step.js.map