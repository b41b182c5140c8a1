import { Column } from 'typeorm';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';

/** A player's influence with each of the five factions, stored as one column per faction. */
export class InfluenceBalance implements Record<Faction, number> {
  @Column({ name: 'academia', type: 'integer', default: 0 })
  academia: number;

  @Column({ name: 'government', type: 'integer', default: 0 })
  government: number;

  @Column({ name: 'industry', type: 'integer', default: 0 })
  industry: number;

  @Column({ name: 'religion', type: 'integer', default: 0 })
  religion: number;

  @Column({ name: 'foreign', type: 'integer', default: 0 })
  foreign: number;
}

/** Reputation bounds. Fixed by the game design. */
export const REPUTATION_MIN = -50;
export const REPUTATION_MAX = 50;

/** Clamps a reputation value into [−50, +50]. */
export function clampReputation(value: number): number {
  return Math.min(REPUTATION_MAX, Math.max(REPUTATION_MIN, Math.trunc(value)));
}

/**
 * Soft cap on influence per faction: `6 + floor(0.2 × max(0, reputation))`. Fixed by the game
 * design, so 6 at reputation ≤ 4, 8 at 12 and 16 at 50.
 */
export function influenceSoftCap(reputation: number): number {
  return 6 + Math.floor(0.2 * Math.max(0, reputation));
}

/**
 * Returns the balance after a gain under the soft cap: a gain never takes a balance above the cap
 * and never lowers a balance that is already above it.
 */
export function applyInfluenceGain(balance: number, gain: number, reputation: number): number {
  if (gain <= 0) {
    return balance + gain;
  }
  const cap = influenceSoftCap(reputation);
  if (balance >= cap) {
    return balance;
  }

  return Math.min(cap, balance + gain);
}

/** Returns true if the key is one of the five canonical faction keys. */
export function isFaction(value: string): value is Faction {
  return (FACTIONS as readonly string[]).includes(value);
}
