import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';

/**
 * One entry of a campaign's append-only event log. `seq` is gapless per campaign because it is
 * taken from the campaign row inside the same write transaction as the change it records.
 */
@Entity('game_events')
@Index('ux_game_events_campaign_seq', ['campaignId', 'seq'], { unique: true })
@Index('ix_game_events_campaign_actor', ['campaignId', 'actorUserId', 'seq'])
@Index('ix_game_events_campaign_type', ['campaignId', 'type', 'seq'])
export class GameEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ type: 'integer' })
  seq: number;

  /** Game-clock time of the change. */
  @Column({ type: 'datetime' })
  at: Date;

  /** Discord user id of the player or admin who acted; null for the scheduler. */
  @Column({ name: 'actor_user_id', type: 'varchar', length: 32, nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 48 })
  type: string;

  @Column({ type: 'simple-json' })
  payload: Record<string, unknown>;
}
