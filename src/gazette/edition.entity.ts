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

/** `composing` marks an edition whose text is stored but whose posts are not queued yet. */
export type EditionStatus = 'composing' | 'published' | 'folded';
/** `scheduled` editions belong to a configured digest time; `extra` ones were run by an admin. */
export type EditionKind = 'scheduled' | 'extra';

/**
 * One Gazette digest of a campaign for one scheduled slot. The unique key on (campaign, slot) is
 * what makes a digest idempotent: a second run for the same slot finds the row and does nothing.
 */
@Entity('editions')
@Index('ux_editions_campaign_slot', ['campaignId', 'slotAt'], { unique: true })
@Index('ix_editions_campaign_kind_slot', ['campaignId', 'kind', 'slotAt'])
export class Edition {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  /** The scheduled instant of the digest (UTC), not the time it ran. */
  @Column({ name: 'slot_at', type: 'datetime' })
  slotAt: Date;

  @Column({ type: 'varchar', length: 12 })
  kind: EditionKind;

  /** `folded` marks a missed slot whose news went into a later edition. */
  @Column({ type: 'varchar', length: 12 })
  status: EditionStatus;

  @Column({ type: 'integer' })
  year: number;

  /** Number of missed slots before this one folded into it, which its masthead announces. */
  @Column({ name: 'folded_editions', type: 'integer', default: 0 })
  foldedEditions: number;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
