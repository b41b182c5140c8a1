import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Faction } from './scholar-profile';

export type OfferStatus = 'open' | 'settled';
/** How a settled offer ended for its rival. */
export type OfferOutcome = 'won' | 'outbid' | 'refused' | 'void';

/**
 * A rival's offer to another player's scholar. The offered influence is escrowed from the rival
 * when the offer is made. The employer's counter is copied onto every open offer for the scholar
 * and escrowed once.
 */
@Entity('poaching_offers')
@Index('ix_poaching_offers_campaign_status', ['campaignId', 'status', 'decideAfter'])
@Index('ix_poaching_offers_scholar_status', ['scholarId', 'status'])
export class PoachingOffer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'campaign_id', type: 'integer' })
  campaignId: number;

  @Column({ name: 'scholar_id', type: 'integer' })
  scholarId: number;

  @Column({ name: 'rival_id', type: 'integer' })
  rivalId: number;

  /** The scholar's employer when the offer was made, updated if the scholar moves meanwhile. */
  @Column({ name: 'employer_id', type: 'integer' })
  employerId: number;

  @Column({ type: 'varchar', length: 12 })
  faction: Faction;

  /** Influence escrowed from the rival, in `faction`. */
  @Column({ type: 'integer' })
  amount: number;

  @Column({ type: 'text' })
  terms: string;

  @Column({ name: 'counter_faction', type: 'varchar', length: 12, nullable: true })
  counterFaction: Faction | null;

  @Column({ name: 'counter_amount', type: 'integer', nullable: true })
  counterAmount: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  /** The offer is decided at the first digest at or after this instant (24 h after the offer). */
  @Column({ name: 'decide_after', type: 'datetime' })
  decideAfter: Date;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: OfferStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: OfferOutcome | null;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true })
  resolvedAt: Date | null;
}
