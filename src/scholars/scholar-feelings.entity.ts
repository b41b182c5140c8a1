import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type FeelingSubjectKind = 'player' | 'scholar';

/** How one scholar feels about a player or another scholar; positive is warm. */
@Entity('scholar_feelings')
@Index('ux_feelings_scholar_subject', ['scholarId', 'subjectKind', 'subjectId'], { unique: true })
@Index('ix_feelings_campaign_subject', ['campaignId', 'subjectKind', 'subjectId'])
export class ScholarFeeling {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @Column({ name: 'scholar_id', type: 'integer' })
  scholarId: number;

  @Column({ name: 'subject_kind', type: 'varchar', length: 8 })
  subjectKind: FeelingSubjectKind;

  @Column({ name: 'subject_id', type: 'integer' })
  subjectId: number;

  @Column({ type: 'real', default: 0 })
  value: number;

  /** Ceiling a betrayal set; the feeling never rises above it and the scar never decays. */
  @Column({ name: 'scar_level', type: 'real', nullable: true })
  scarLevel: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;
}
