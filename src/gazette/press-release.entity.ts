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

export const PRESS_TYPES = [
  'academic_bulletin',
  'research_manifesto',
  'discovery_report',
  'retraction_notice',
  'academic_gossip',
  'poaching_wire',
  'defection_notice',
  'symposium_call',
  'symposium_result',
  'years_turn',
  'gazette_note',
] as const;
export type PressType = (typeof PRESS_TYPES)[number];

/** Readable name of each press type, as printed in the Gazette. */
export const PRESS_TYPE_LABELS: Record<PressType, string> = {
  academic_bulletin: 'Academic Bulletin',
  research_manifesto: 'Research Manifesto',
  discovery_report: 'Discovery Report',
  retraction_notice: 'Retraction Notice',
  academic_gossip: 'Academic Gossip',
  poaching_wire: 'Poaching Wire',
  defection_notice: 'Defection Notice',
  symposium_call: 'Symposium Call',
  symposium_result: 'Symposium Result',
  years_turn: "Year's Turn",
  gazette_note: 'Gazette Note',
};

/**
 * A press release in the public archive. Stored before anything is sent, and numbered per campaign
 * so every item can be cited as "Press No. N".
 */
@Entity('press_releases')
@Index('ux_press_campaign_number', ['campaignId', 'number'], { unique: true })
@Index('ix_press_campaign_edition', ['campaignId', 'editionId'])
export class PressRelease {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 32 })
  type: PressType;

  @Column({ type: 'varchar', length: 256 })
  headline: string;

  @Column({ type: 'text' })
  body: string;

  /** In-game year at publication. */
  @Column({ type: 'integer' })
  year: number;

  /** The Gazette edition that carried this item, or null until the next digest. */
  @Column({ name: 'edition_id', type: 'integer', nullable: true })
  editionId: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
