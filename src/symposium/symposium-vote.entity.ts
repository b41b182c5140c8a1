import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Player } from '../campaigns/player.entity';
import { SymposiumSession } from './symposium-session.entity';
import type { SymposiumStance } from './symposium-rules';

/** A player's stance on one symposium; changed in place until the symposium closes. */
@Entity('symposium_votes')
@Index('ux_symposium_votes_session_player', ['sessionId', 'playerId'], { unique: true })
@Index('ix_symposium_votes_player', ['playerId'])
export class SymposiumVote {
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

  @Column({ type: 'varchar', length: 16 })
  stance: SymposiumStance;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
