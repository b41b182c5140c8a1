"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.spendInfluence = spendInfluence;
exports.refundInfluence = refundInfluence;
const player_entity_1 = require("../campaigns/player.entity");
const expeditions_errors_1 = require("../expeditions/expeditions.errors");
/**
 * Takes `amount` of one faction's influence from the player inside the caller's transaction, or
 * rejects the whole request when the balance is short; a balance never goes below zero.
 */
async function spendInfluence(manager, playerId, faction, amount) {
    const player = await manager.findOneByOrFail(player_entity_1.Player, { id: playerId });
    const held = player.influence[faction];
    if (amount > held) {
        throw new expeditions_errors_1.InsufficientInfluenceError(faction, held, amount);
    }
    const influence = { ...player.influence, [faction]: held - amount };
    await manager.update(player_entity_1.Player, playerId, { influence });
    return influence[faction];
}
/**
 * Gives escrowed influence back. A refund returns the player's own stake, so it is not a gain
 * and ignores the soft cap: what was taken is restored exactly.
 */
async function refundInfluence(manager, playerId, faction, amount) {
    if (amount <= 0) {
        return;
    }
    const player = await manager.findOneByOrFail(player_entity_1.Player, { id: playerId });
    const influence = { ...player.influence, [faction]: player.influence[faction] + amount };
    await manager.update(player_entity_1.Player, playerId, { influence });
}
//# sourceMappingURL=poaching-escrow.js.map