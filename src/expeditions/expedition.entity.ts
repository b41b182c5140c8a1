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
import type { Discipline, Faction } from '../scholars/scholar-profile';
import type { Confidence } from '../theories/confidence';
import type { FactionAmounts } from '../config/game-config';
import type { Band, Depth, ExpeditionType, ScoreModifiers } from './expedition-rules';

export type OrderStatus = 'queued' | 'resolved';

/** Where an expedition's reputation change came from. */
export type WagerSource = 'theory' | 'own';

/** An expedition order: queued at launch, resolved at the next digest. */
@Entity('expeditions')
@Index('ux_expeditions_campaign_code', ['campaignId', 'code'], { unique: true })
@Index('ix_expeditions_campaign_status', ['campaignId', 'status'])
@Index('ix_expeditions_player_theory', ['playerId', 'theoryId'])
export class Expedition {
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

  /** Per-campaign code such as `EX-0007`; random draws are seeded from it. */
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 16 })
  type: ExpeditionType;

  @Column({ type: 'text' })
  objective: string;

  @Column({ name: 'theory_id', type: 'integer', nullable: true })
  theoryId: number | null;

  @Column({ name: 'team_ids', type: 'simple-json' })
  teamIds: number[];

  @Column({ type: 'varchar', length: 32 })
  discipline: Discipline;

  @Column({ type: 'varchar', length: 10 })
  depth: Depth;

  @Column({ name: 'funding_factions', type: 'simple-json' })
  fundingFactions: Faction[];

  /** The theory's confidence when one is tested, else the player's own. */
  @Column({ type: 'varchar', length: 20 })
  confidence: Confidence;

  /** Influence paid at launch. */
  @Column({ type: 'simple-json' })
  cost: FactionAmounts;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: OrderStatus;

  @Column({ type: 'integer', nullable: true })
  roll: number | null;

  @Column({ type: 'simple-json', nullable: true })
  modifiers: ScoreModifiers | null;

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  band: Band | null;

  @Column({ name: 'reputation_change', type: 'integer', nullable: true })
  reputationChange: number | null;

  @Column({ name: 'wager_source', type: 'varchar', length: 8, nullable: true })
  wagerSource: WagerSource | null;

  /** Id of the failure-table entry drawn on a failure. */
  @Column({ name: 'failure_entry_id', type: 'varchar', length: 64, nullable: true })
  failureEntryId: string | null;

  /** Id of the landmark entry drawn on a landmark. */
  @Column({ name: 'discovery_entry_id', type: 'varchar', length: 64, nullable: true })
  discoveryEntryId: string | null;

  @Column({ name: 'sidecast_scholar_id', type: 'integer', nullable: true })
  sidecastScholarId: number | null;

  @Column({ name: 'report_number', type: 'integer', nullable: true })
  reportNumber: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true })
  resolvedAt: Date | null;
}
