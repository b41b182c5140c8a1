import type { EntityManager } from 'typeorm';
import { applyInfluenceGain, clampReputation } from '../campaigns/influence';
import { Player } from '../campaigns/player.entity';
import type { FactionAmounts } from '../config/game-config';
import { FACTIONS } from '../scholars/scholar-profile';

/** Moves a player's reputation by `delta`, clamped to [−50, +50]; returns the new value. */
export async function shiftReputation(
  manager: EntityManager,
  playerId: number,
  delta: number,
): Promise<number> {
  const player = await manager.findOneByOrFail(Player, { id: playerId });
  const reputation = clampReputation(player.reputation + delta);
  await manager.update(Player, playerId, { reputation });

  return reputation;
}

/**
 * Adds influence by faction: gains obey the soft cap of the player's current reputation and
 * losses stop at zero. Returns the change actually applied to each faction.
 */
export async function shiftInfluence(
  manager: EntityManager,
  playerId: number,
  amounts: FactionAmounts,
): Promise<FactionAmounts> {
  const player = await manager.findOneByOrFail(Player, { id: playerId });
  const influence = { ...player.influence };
  const applied: FactionAmounts = {};
  for (const faction of FACTIONS) {
    const amount = amounts[faction] ?? 0;
    if (amount === 0) {
      continue;
    }
    const before = influence[faction];
    influence[faction] =
      amount > 0
        ? applyInfluenceGain(before, amount, player.reputation)
        : Math.max(0, before + amount);
    applied[faction] = influence[faction] - before;
  }
  await manager.update(Player, playerId, { influence });

  return applied;
}
