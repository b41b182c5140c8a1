import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { FEELING_DECAY } from './scholar-rules';
import { ScholarFeeling } from './scholar-feelings.entity';
import { ScholarFact, type ScholarFactType } from './scholar-memory.entity';

/** A feeling as a profile shows it. */
export interface RememberedFeeling {
  subjectKind: ScholarFeeling['subjectKind'];
  subjectId: number;
  value: number;
  scarLevel: number | null;
}

/** Scholars' memory: the facts they keep and how their feelings fade between digests. */
@Injectable()
export class ScholarMemoryService {
  constructor(
    @InjectRepository(ScholarFact) private readonly facts: Repository<ScholarFact>,
    @InjectRepository(ScholarFeeling) private readonly feelings: Repository<ScholarFeeling>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Stores a fact about a scholar inside the caller's write transaction. `at` defaults to the
   * clock; digest steps pass the edition's slot so a rerun stores the same instant.
   */
  async recordFact(
    manager: EntityManager,
    scholar: { id: number; campaignId: number },
    type: ScholarFactType,
    payload: Record<string, unknown>,
    at: Date = this.clock.now(),
  ): Promise<void> {
    await manager.save(
      manager.create(ScholarFact, {
        campaignId: scholar.campaignId,
        scholarId: scholar.id,
        at,
        type,
        payload,
        permanent: true,
      }),
    );
  }

  /**
   * Fades every feeling of the campaign by one digest in a single statement: values shrink by
   * the fixed factor toward zero, and a scarred feeling stays at or below its scar.
   */
  async decayFeelings(manager: EntityManager, campaignId: number): Promise<void> {
    await manager.query(
      `UPDATE "scholar_feelings"
       SET "value" = CASE
         WHEN "scar_level" IS NULL THEN "value" * ?
         ELSE MIN("value" * ?, "scar_level")
       END
       WHERE "campaign_id" = ?`,
      [FEELING_DECAY, FEELING_DECAY, campaignId],
    );
  }

  /** The newest facts about a scholar, newest first. */
  latestFacts(scholarId: number, limit: number): Promise<ScholarFact[]> {
    return this.facts.find({
      where: { scholarId },
      order: { at: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  /** The scholar's strongest feelings, warm or cold, strongest first. */
  async strongestFeelings(scholarId: number, limit: number): Promise<RememberedFeeling[]> {
    const rows = await this.feelings
      .createQueryBuilder('feeling')
      .where('feeling.scholar_id = :scholarId', { scholarId })
      .orderBy('ABS(feeling.value)', 'DESC')
      .limit(limit)
      .getMany();

    return rows.map(({ subjectKind, subjectId, value, scarLevel }) => ({
      subjectKind,
      subjectId,
      value,
      scarLevel,
    }));
  }

  /** True if the player ever mentored the scholar, which the recruitment odds reward. */
  async wasMentoredBy(
    manager: EntityManager,
    scholarId: number,
    playerId: number,
  ): Promise<boolean> {
    const count = await manager
      .createQueryBuilder(ScholarFact, 'fact')
      .where('fact.scholar_id = :scholarId', { scholarId })
      .andWhere('fact.type = :type', { type: 'mentorship_began' })
      .andWhere(`json_extract(fact.payload, '$.playerId') = :playerId`, { playerId })
      .getCount();

    return count > 0;
  }

  /** Counts the facts of a type the scholar has about the player, which seeds repeat attempts. */
  countFacts(
    manager: EntityManager,
    scholarId: number,
    types: ScholarFactType[],
    playerId: number,
  ): Promise<number> {
    return manager
      .createQueryBuilder(ScholarFact, 'fact')
      .where('fact.scholar_id = :scholarId', { scholarId })
      .andWhere('fact.type IN (:...types)', { types })
      .andWhere(`json_extract(fact.payload, '$.playerId') = :playerId`, { playerId })
      .getCount();
  }
}
