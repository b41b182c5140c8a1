import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';

/** A player's symposium record: unpaid forfeits, missed votes in a row, the last grace. */
@Entity('symposium_debts')
@Index('ux_symposium_debts_player', ['playerId'], { unique: true })
@Index('ix_symposium_debts_campaign', ['campaignId'])
export class SymposiumDebt {
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

  /** Influence owed from forfeits the player's balance could not cover. */
  @Column({ type: 'integer', default: 0 })
  debt: number;

  /** Symposia missed in a row; a vote resets it. */
  @Column({ name: 'miss_streak', type: 'integer', default: 0 })
  missStreak: number;

  /** When a missed vote was last forgiven; one grace per 28 days. */
  @Column({ name: 'last_grace_at', type: 'datetime', nullable: true })
  lastGraceAt: Date | null;
}
