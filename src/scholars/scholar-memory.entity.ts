import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Kinds of fact a scholar remembers. Stable: stored in the database and shown in profiles. */
export type ScholarFactType =
  | 'theory_supported'
  | 'recruited'
  | 'recruitment_declined'
  | 'offer_received'
  | 'offer_countered'
  | 'defected'
  | 'offer_refused'
  | 'mentorship_began'
  | 'mentorship_ended'
  | 'promoted'
  | 'lab_assigned';

/** One timestamped thing that happened to a scholar. Facts are never edited. */
@Entity('scholar_facts')
@Index('ix_scholar_facts_scholar_at', ['scholarId', 'at'])
@Index('ix_scholar_facts_campaign_type', ['campaignId', 'type'])
export class ScholarFact {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @Column({ name: 'scholar_id', type: 'integer' })
  scholarId: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 32 })
  type: ScholarFactType;

  @Column({ type: 'simple-json' })
  payload: Record<string, unknown>;

  /** Every fact of the current rules is permanent; the column leaves room for passing gossip. */
  @Column({ type: 'boolean', default: true })
  permanent: boolean;
}
