"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shiftReputation = shiftReputation;
exports.shiftInfluence = shiftInfluence;
const influence_1 = require("../campaigns/influence");
const player_entity_1 = require("../campaigns/player.entity");
const scholar_profile_1 = require("../scholars/scholar-profile");
/** Moves a player's reputation by `delta`, clamped to [−50, +50]; returns the new value. */
async function shiftReputation(manager, playerId, delta) {
    const player = await manager.findOneByOrFail(player_entity_1.Player, { id: playerId });
    const reputation = (0, influence_1.clampReputation)(player.reputation + delta);
    await manager.update(player_entity_1.Player, playerId, { reputation });
    return reputation;
}
/**
 * Adds influence by faction: gains obey the soft cap of the player's current reputation and
 * losses stop at zero. Returns the change actually applied to each faction.
 */
async function shiftInfluence(manager, playerId, amounts) {
    const player = await manager.findOneByOrFail(player_entity_1.Player, { id: playerId });
    const influence = { ...player.influence };
    const applied = {};
    for (const faction of scholar_profile_1.FACTIONS) {
        const amount = amounts[faction] ?? 0;
        if (amount === 0) {
            continue;
        }
        const before = influence[faction];
        influence[faction] =
            amount > 0
                ? (0, influence_1.applyInfluenceGain)(before, amount, player.reputation)
                : Math.max(0, before + amount);
        applied[faction] = influence[faction] - before;
    }
    await manager.update(player_entity_1.Player, playerId, { influence });
    return applied;
}
//# sourceMappingURL=player-ledger.js.map