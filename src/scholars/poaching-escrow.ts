import type { EntityManager } from 'typeorm';
import { Player } from '../campaigns/player.entity';
import { InsufficientInfluenceError } from '../expeditions/expeditions.errors';
import type { Faction } from './scholar-profile';

/**
 * Takes `amount` of one faction's influence from the player inside the caller's transaction, or
 * rejects the whole request when the balance is short; a balance never goes below zero.
 */
export async function spendInfluence(
  manager: EntityManager,
  playerId: number,
  faction: Faction,
  amount: number,
): Promise<number> {
  const player = await manager.findOneByOrFail(Player, { id: playerId });
  const held = player.influence[faction];
  if (amount > held) {
    throw new InsufficientInfluenceError(faction, held, amount);
  }
  const influence = { ...player.influence, [faction]: held - amount };
  await manager.update(Player, playerId, { influence });

  return influence[faction];
}

/**
 * Gives escrowed influence back. A refund returns the player's own stake, so it is not a gain
 * and ignores the soft cap: what was taken is restored exactly.
 */
export async function refundInfluence(
  manager: EntityManager,
  playerId: number,
  faction: Faction,
  amount: number,
): Promise<void> {
  if (amount <= 0) {
    return;
  }
  const player = await manager.findOneByOrFail(Player, { id: playerId });
  const influence = { ...player.influence, [faction]: player.influence[faction] + amount };
  await manager.update(Player, playerId, { influence });
}
