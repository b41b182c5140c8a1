import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';

export type SymposiumTopicStatus = 'pending' | 'chosen' | 'expired';

/** A topic proposed by a player, or a built-in one the game chose for lack of proposals. */
@Entity('symposium_topics')
@Index('ix_symposium_topics_campaign_status', ['campaignId', 'status', 'proposedAt'])
@Index('ix_symposium_topics_proposer_status', ['proposerId', 'status'])
export class SymposiumTopic {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  /** The proposing player; null for a built-in topic. */
  @Column({ name: 'proposer_id', type: 'integer', nullable: true })
  proposerId: number | null;

  @ManyToOne(() => Player, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'proposer_id' })
  proposer?: Player | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 12 })
  status: SymposiumTopicStatus;

  /** Key of the built-in topic, so the same one is not picked twice in a row. */
  @Column({ name: 'builtin_key', type: 'varchar', length: 48, nullable: true })
  builtinKey: string | null;

  @Column({ name: 'proposed_at', type: 'datetime' })
  proposedAt: Date;
}
