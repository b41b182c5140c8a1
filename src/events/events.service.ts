import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type EntityManager, type Repository } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { CLOCK, type Clock } from '../common/clock';
import { GameEvent } from './game-event.entity';

/** Event types of the log. Stable: exported logs and replays read them. */
export type GameEventType =
  | 'campaign.created'
  | 'player.joined'
  | 'player.renamed'
  | 'theory.submitted'
  | 'theory.lapsed'
  | 'edition.published'
  | 'edition.voiced'
  | 'campaign.channels_set'
  | 'campaign.paused'
  | 'campaign.resumed'
  | 'campaign.schedule_set'
  | 'admin.digest_now'
  | 'admin.adjusted'
  | 'symposium.proposed'
  | 'symposium.voted'
  | 'symposium.called'
  | 'symposium.closed'
  | 'theory.challenged'
  | 'expedition.launched'
  | 'conference.called'
  | 'scholar.recruit_attempted'
  | 'scholar.mentored'
  | 'scholar.lab_assigned'
  | 'poaching.offered'
  | 'poaching.countered'
  | 'admin.order_cancelled'
  | 'admin.scholar_pinned'
  | 'admin.scholar_retired';

/** One exported log line. `at` is an ISO 8601 instant in UTC. */
export interface ExportedEvent {
  seq: number;
  at: string;
  actor: string | null;
  type: string;
  payload: Record<string, unknown>;
}

/** Appends to and reads the per-campaign event log. */
@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(GameEvent) private readonly events: Repository<GameEvent>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Appends an event inside the caller's write transaction. The sequence number is read from and
   * bumped on the campaign row in that transaction, so a rolled-back change leaves no event and
   * no gap.
   */
  async append(
    manager: EntityManager,
    campaignId: number,
    actorUserId: string | null,
    type: GameEventType,
    payload: Record<string, unknown>,
  ): Promise<GameEvent> {
    const campaign = await manager.findOneByOrFail(Campaign, { id: campaignId });
    const seq = campaign.nextEventSeq;
    await manager.update(Campaign, campaignId, { nextEventSeq: seq + 1 });
    campaign.nextEventSeq = seq + 1;

    return manager.save(
      manager.create(GameEvent, {
        campaignId,
        seq,
        at: this.clock.now(),
        actorUserId,
        type,
        payload,
      }),
    );
  }

  /** Events with `fromSeq ≤ seq ≤ toSeq`, in order. */
  findRange(campaignId: number, fromSeq: number, toSeq: number): Promise<GameEvent[]> {
    return this.events.find({
      where: { campaignId, seq: Between(fromSeq, toSeq) },
      order: { seq: 'ASC' },
    });
  }

  countRange(campaignId: number, fromSeq: number, toSeq: number): Promise<number> {
    return this.events.countBy({ campaignId, seq: Between(fromSeq, toSeq) });
  }

  /** Events an actor caused, newest first. */
  findByActor(campaignId: number, actorUserId: string, limit: number): Promise<GameEvent[]> {
    return this.events.find({
      where: { campaignId, actorUserId },
      order: { seq: 'DESC' },
      take: limit,
    });
  }

  /** The events of one type whose payload has `key` equal to `value`, newest first. */
  findByPayload(
    campaignId: number,
    type: GameEventType,
    key: string,
    value: number | string,
  ): Promise<GameEvent[]> {
    return this.events
      .createQueryBuilder('event')
      .where('event.campaign_id = :campaignId AND event.type = :type', { campaignId, type })
      .andWhere(`json_extract(event.payload, :path) = :value`, { path: `$.${key}`, value })
      .orderBy('event.seq', 'DESC')
      .getMany();
  }
}

/** Formats events as JSON Lines: one JSON object per line, each line ending in `\n`. */
export function toJsonLines(events: GameEvent[]): string {
  return events
    .map((event) => {
      const line: ExportedEvent = {
        seq: event.seq,
        at: event.at.toISOString(),
        actor: event.actorUserId,
        type: event.type,
        payload: event.payload,
      };
      return `${JSON.stringify(line)}\n`;
    })
    .join('');
}
