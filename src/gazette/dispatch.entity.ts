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
import type { OutgoingMessage } from './outgoing-message';

export type DispatchStatus = 'pending' | 'sent' | 'failed';

/**
 * One Discord message waiting to be sent (an outbox row). It is written in the same transaction
 * as the news it carries, so a crash or a failed send never loses it.
 */
@Entity('dispatches')
@Index('ix_dispatches_status_due', ['status', 'nextAttemptAt'])
@Index('ix_dispatches_campaign', ['campaignId'])
export class Dispatch {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: Campaign;

  @Column({ name: 'channel_id', type: 'varchar', length: 32 })
  channelId: string;

  @Column({ name: 'edition_id', type: 'integer', nullable: true })
  editionId: number | null;

  @Column({ type: 'simple-json' })
  message: OutgoingMessage;

  /** Sent with `enforce_nonce` so Discord drops a repeat after a crash between send and save. */
  @Column({ type: 'varchar', length: 25 })
  nonce: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: DispatchStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ name: 'message_id', type: 'varchar', length: 32, nullable: true })
  messageId: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'datetime', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
