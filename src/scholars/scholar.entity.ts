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
import type {
  Archetype,
  Discipline,
  Faction,
  ScholarProfile,
  ScholarStats,
} from './scholar-profile';

/** Roster status of a scholar. */
export type ScholarStatus = 'active' | 'pinned' | 'retired';

/** A named scholar of one campaign's roster, with the profile it was created from. */
@Entity('scholars')
@Index('ux_scholars_campaign_key', ['campaignId', 'key'], { unique: true })
@Index('ix_scholars_campaign_name', ['campaignId', 'name'])
@Index('ix_scholars_employer', ['employerId'])
@Index('ix_scholars_campaign_sponsor', ['campaignId', 'sponsorId'])
@Index('ix_scholars_campaign_mentor', ['campaignId', 'mentorId'])
export class Scholar {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 32 })
  archetype: Archetype;

  @Column({ type: 'simple-json' })
  disciplines: Discipline[];

  @Column({ type: 'simple-json' })
  methods: [string, string];

  @Column({ type: 'simple-json' })
  drives: string[];

  @Column({ type: 'simple-json' })
  virtues: string[];

  @Column({ type: 'varchar', length: 200 })
  vice: string;

  @Column({ type: 'simple-json' })
  stats: ScholarStats;

  @Column({ type: 'simple-json' })
  politics: Record<Faction, number>;

  @Column({ type: 'varchar', length: 200 })
  catchphrase: string;

  @Column({ type: 'simple-json' })
  taboos: string[];

  @Column({ type: 'simple-json' })
  career: string[];

  @Column({ name: 'is_legend', type: 'boolean', default: false })
  isLegend: boolean;

  /** The player who employs the scholar, or null when unaffiliated. */
  @Column({ name: 'employer_id', type: 'integer', nullable: true })
  employerId: number | null;

  @ManyToOne(() => Player, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'employer_id' })
  employer?: Player | null;

  /** Career rung of a junior (`Postdoc` first); null for established scholars. */
  @Column({ name: 'career_rung', type: 'varchar', length: 32, nullable: true })
  careerRung: string | null;

  /** Career track of a junior: `academia` or a faction lab. */
  @Column({ name: 'career_track', type: 'varchar', length: 12, nullable: true })
  careerTrack: Faction | null;

  /** The player a junior emerged under, who may mentor them. */
  @Column({ name: 'sponsor_id', type: 'integer', nullable: true })
  sponsorId: number | null;

  /** Slot of the digest in which the junior joined; neglect counts from the next one. */
  @Column({ name: 'sponsored_at', type: 'datetime', nullable: true })
  sponsoredAt: Date | null;

  @Column({ name: 'digests_without_mentorship', type: 'integer', default: 0 })
  digestsWithoutMentorship: number;

  /** The player mentoring the scholar, or null; only the scholar's employer may mentor. */
  @Column({ name: 'mentor_id', type: 'integer', nullable: true })
  mentorId: number | null;

  /** Digests of active mentorship so far, across mentors; one rung every 3. */
  @Column({ name: 'mentored_digests', type: 'integer', default: 0 })
  mentoredDigests: number;

  /** `pinned` keeps the scholar on the roster; `retired` takes them off it, unaffiliated. */
  @Column({ type: 'varchar', length: 8, default: 'active' })
  status: ScholarStatus;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  /** Builds an unsaved scholar row for a campaign from a profile. */
  static fromProfile(campaignId: number, profile: ScholarProfile): Scholar {
    const scholar = new Scholar();
    scholar.campaignId = campaignId;
    scholar.key = profile.key;
    scholar.name = profile.name;
    scholar.title = profile.title;
    scholar.archetype = profile.archetype;
    scholar.disciplines = profile.disciplines;
    scholar.methods = profile.methods;
    scholar.drives = profile.drives;
    scholar.virtues = profile.virtues;
    scholar.vice = profile.vice;
    scholar.stats = profile.stats;
    scholar.politics = profile.politics;
    scholar.catchphrase = profile.catchphrase;
    scholar.taboos = profile.taboos;
    scholar.career = profile.career;
    scholar.isLegend = profile.isLegend;
    scholar.employerId = null;
    scholar.careerRung = null;
    scholar.careerTrack = null;
    scholar.sponsorId = null;
    scholar.sponsoredAt = null;
    scholar.digestsWithoutMentorship = 0;
    scholar.mentorId = null;
    scholar.mentoredDigests = 0;
    scholar.status = 'active';

    return scholar;
  }
}
