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
import type { FactionAmounts } from '../config/game-config';
import { Theory } from '../theories/theory.entity';
import type { OrderStatus } from './expedition.entity';
import type { Band } from './expedition-rules';

/** A conference called to judge one of its owner's open theories at the next digest. */
@Entity('conferences')
@Index('ix_conferences_campaign_status', ['campaignId', 'status'])
@Index('ix_conferences_theory', ['theoryId'])
export class Conference {
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

  @Column({ name: 'theory_id', type: 'integer' })
  theoryId: number;

  @ManyToOne(() => Theory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theory_id' })
  theory?: Theory;

  @Column({ name: 'supporter_ids', type: 'simple-json' })
  supporterIds: number[];

  @Column({ name: 'opposition_ids', type: 'simple-json' })
  oppositionIds: number[];

  @Column({ type: 'simple-json' })
  cost: FactionAmounts;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: OrderStatus;

  @Column({ type: 'integer', nullable: true })
  roll: number | null;

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  /** `success`, `partial` or `failure`; conferences have no landmark band. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  band: Band | null;

  /** Null when the theory was already judged and the conference paid nothing. */
  @Column({ name: 'reputation_change', type: 'integer', nullable: true })
  reputationChange: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true })
  resolvedAt: Date | null;
}
