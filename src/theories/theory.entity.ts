import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';
import type { Confidence } from './confidence';

export const THEORY_STATUSES = ['open', 'vindicated', 'partial', 'refuted', 'lapsed'] as const;
export type TheoryStatus = (typeof THEORY_STATUSES)[number];

/** A public claim with a confidence wager, published as a numbered Academic Bulletin. */
@Entity('theories')
@Index('ux_theories_campaign_bulletin', ['campaignId', 'bulletinNumber'], { unique: true })
@Index('ix_theories_campaign_player', ['campaignId', 'playerId'])
@Index('ix_theories_status_deadline', ['status', 'deadlineAt'])
export class Theory {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ name: 'player_id', type: 'integer' })
  playerId: number;

  @ManyToOne(() => Player, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'player_id' })
  player?: Player;

  /** Per-campaign gapless Academic Bulletin number. */
  @Column({ name: 'bulletin_number', type: 'integer' })
  bulletinNumber: number;

  @Column({ type: 'text' })
  claim: string;

  @Column({ type: 'varchar', length: 20 })
  confidence: Confidence;

  /** Ids of up to three supporting scholars. */
  @Column({ name: 'supporter_ids', type: 'simple-json' })
  supporterIds: number[];

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status: TheoryStatus;

  @Column({ name: 'deadline_at', type: 'datetime' })
  deadlineAt: Date;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
