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
import type { Confidence } from '../theories/confidence';
import { Theory } from '../theories/theory.entity';

/** How a challenge ended: the theory was judged, or it lapsed untested and the wager was void. */
export type ChallengeOutcome = 'won' | 'lost' | 'drawn' | 'void';

/** A rival's wager against an open theory, settled when the theory is judged. */
@Entity('challenges')
@Index('ux_challenges_theory_challenger', ['theoryId', 'challengerId'], { unique: true })
@Index('ix_challenges_campaign_settled', ['campaignId', 'isSettled'])
export class Challenge {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ name: 'theory_id', type: 'integer' })
  theoryId: number;

  @ManyToOne(() => Theory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theory_id' })
  theory?: Theory;

  @Column({ name: 'challenger_id', type: 'integer' })
  challengerId: number;

  @ManyToOne(() => Player, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenger_id' })
  challenger?: Player;

  @Column({ type: 'varchar', length: 20 })
  confidence: Confidence;

  @Column({ name: 'is_settled', type: 'boolean', default: false })
  isSettled: boolean;

  @Column({ type: 'varchar', length: 8, nullable: true })
  outcome: ChallengeOutcome | null;

  @Column({ name: 'reputation_change', type: 'integer', nullable: true })
  reputationChange: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'settled_at', type: 'datetime', nullable: true })
  settledAt: Date | null;
}
