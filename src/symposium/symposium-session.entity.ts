import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { SymposiumTopic } from './symposium-topic.entity';
import type { SymposiumStance } from './symposium-rules';

export type SymposiumSessionStatus = 'open' | 'closed';

/**
 * One weekly symposium. The unique key on (campaign, call slot) makes the weekly call idempotent:
 * a second digest after the same slot finds the row and calls nothing.
 */
@Entity('symposium_sessions')
@Index('ux_symposium_sessions_campaign_slot', ['campaignId', 'calledAt'], { unique: true })
@Index('ix_symposium_sessions_campaign_status', ['campaignId', 'status'])
@Index('ix_symposium_sessions_topic', ['topicId'])
export class SymposiumSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ name: 'topic_id', type: 'integer' })
  topicId: number;

  @ManyToOne(() => SymposiumTopic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: SymposiumTopic;

  /** The scheduled weekly slot of the call (UTC), not the time the digest ran. */
  @Column({ name: 'called_at', type: 'datetime' })
  calledAt: Date;

  @Column({ type: 'varchar', length: 12 })
  status: SymposiumSessionStatus;

  @Column({ name: 'winning_stance', type: 'varchar', length: 16, nullable: true })
  winningStance: SymposiumStance | null;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt: Date | null;
}
