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
import type { Discipline } from '../scholars/scholar-profile';

/** A research domain a landmark expedition opened for the whole campaign. */
@Entity('campaign_domain_tags')
@Index('ux_domain_tags_campaign_tag', ['campaignId', 'tag'], { unique: true })
export class DomainTag {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ type: 'varchar', length: 120 })
  tag: string;

  @Column({ type: 'varchar', length: 32 })
  discipline: Discipline;

  @Column({ name: 'expedition_id', type: 'integer' })
  expeditionId: number;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
