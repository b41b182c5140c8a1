import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Campaign } from './campaign.entity';
import { InfluenceBalance } from './influence';

/** A research lead, identified by Discord user id within one campaign. */
@Entity('players')
@Index('ux_players_campaign_user', ['campaignId', 'userId'], { unique: true })
export class Player {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ name: 'user_id', type: 'varchar', length: 32 })
  userId: string;

  /** Latest display name, refreshed on every command, for press only. */
  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  /** Integer in [−50, +50]. */
  @Column({ type: 'integer', default: 0 })
  reputation: number;

  @Column(() => InfluenceBalance, { prefix: 'influence_' })
  influence: InfluenceBalance;

  /** Digests left during which recruitment chances are halved after a stake-my-career result. */
  @Column({ name: 'stake_cooldown_digests', type: 'integer', default: 0 })
  stakeCooldownDigests: number;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
