import type { EntityManager } from 'typeorm';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import { InsufficientInfluenceError } from './campaigns.errors';
import { Player } from './player.entity';

/**
 * Takes a cost of one or more factions from the player inside the caller's transaction. Every
 * faction is checked before any is taken, so a short balance rejects the whole request and a
 * balance never goes below zero. Every influence spend of the game goes through here. Returns
 * the balances after the spend.
 */
export async function spendInfluenceBundle(
  manager: EntityManager,
  playerId: number,
  cost: Partial<Record<Faction, number>>,
): Promise<Player['influence']> {
  const player = await manager.findOneByOrFail(Player, { id: playerId });
  for (const faction of FACTIONS) {
    const price = cost[faction] ?? 0;
    if (price > player.influence[faction]) {
      throw new InsufficientInfluenceError(faction, player.influence[faction], price);
    }
  }
  const influence = { ...player.influence };
  for (const faction of FACTIONS) {
    influence[faction] -= cost[faction] ?? 0;
  }
  await manager.update(Player, playerId, { influence });

  return influence;
}

/** Takes `amount` of one faction's influence; see `spendInfluenceBundle`. */
export async function spendInfluence(
  manager: EntityManager,
  playerId: number,
  faction: Faction,
  amount: number,
): Promise<number> {
  const influence = await spendInfluenceBundle(manager, playerId, { [faction]: amount });

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
