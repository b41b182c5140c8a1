import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Player } from '../campaigns/player.entity';
import type { Faction } from '../scholars/scholar-profile';
import { SymposiumSession } from './symposium-session.entity';
import type { PledgeOutcome } from './symposium-rules';

/**
 * How one player's pledge was settled when a symposium closed. One row per (session, player), so
 * a forfeit and its shortfall are counted once even if the close runs again.
 */
@Entity('symposium_pledges')
@Index('ux_symposium_pledges_session_player', ['sessionId', 'playerId'], { unique: true })
@Index('ix_symposium_pledges_player', ['playerId'])
export class SymposiumPledge {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'session_id', type: 'integer' })
  sessionId: number;

  @ManyToOne(() => SymposiumSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SymposiumSession;

  @Column({ name: 'player_id', type: 'integer' })
  playerId: number;

  @ManyToOne(() => Player, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'player_id' })
  player?: Player;

  @Column({ type: 'integer' })
  amount: number;

  @Column({ type: 'varchar', length: 12 })
  outcome: PledgeOutcome;

  /** The faction a forfeit was taken from; null when nothing was taken. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  faction: Faction | null;

  @Column({ type: 'integer', default: 0 })
  taken: number;

  /** Part of a forfeit the balance could not cover; added to the player's debt. */
  @Column({ type: 'integer', default: 0 })
  shortfall: number;
}
