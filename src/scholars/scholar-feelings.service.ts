import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { applyScar } from './scholar-rules';
import { Scholar } from './scholar.entity';
import { ScholarFeeling } from './scholar-feelings.entity';

/** Scholars' feelings toward players, changed inside the caller's write transaction. */
@Injectable()
export class ScholarFeelingsService {
  /**
   * Adds `delta` to the scholar's feeling toward the player and returns the new value, which a
   * scar keeps at or below the scar's level.
   */
  async adjust(
    manager: EntityManager,
    scholarId: number,
    playerId: number,
    delta: number,
  ): Promise<number> {
    const existing = await manager.findOneBy(ScholarFeeling, {
      scholarId,
      subjectKind: 'player',
      subjectId: playerId,
    });
    if (existing) {
      const value = applyScar(existing.value + delta, existing.scarLevel);
      await manager.update(ScholarFeeling, existing.id, { value });
      return value;
    }
    const scholar = await manager.findOneByOrFail(Scholar, { id: scholarId });
    await manager.insert(ScholarFeeling, {
      campaignId: scholar.campaignId,
      scholarId,
      subjectKind: 'player',
      subjectId: playerId,
      value: delta,
    });

    return delta;
  }

  /**
   * Scars the scholar's feeling toward the player at `level`, or lower if an older scar or the
   * feeling already sits below it, and returns the new value. A scar never decays.
   */
  async scar(
    manager: EntityManager,
    scholarId: number,
    playerId: number,
    level: number,
  ): Promise<number> {
    const value = await this.adjust(manager, scholarId, playerId, 0);
    const row = await manager.findOneByOrFail(ScholarFeeling, {
      scholarId,
      subjectKind: 'player',
      subjectId: playerId,
    });
    const scarLevel = Math.min(level, value, row.scarLevel ?? level);
    await manager.update(ScholarFeeling, row.id, { scarLevel, value: applyScar(value, scarLevel) });

    return applyScar(value, scarLevel);
  }

  /** The scholar's feeling toward the player; 0 when they have never met. */
  async towardPlayer(manager: EntityManager, scholarId: number, playerId: number): Promise<number> {
    const row = await manager.findOneBy(ScholarFeeling, {
      scholarId,
      subjectKind: 'player',
      subjectId: playerId,
    });

    return row?.value ?? 0;
  }
}
