import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, type EntityManager, type Repository } from 'typeorm';
import type { Campaign } from '../campaigns/campaign.entity';
import { AppConfig } from '../config/app-config';
import { buildStartingRoster } from './scholar-generator';
import { Scholar } from './scholar.entity';
import { ScholarNotFoundError } from './scholars.errors';

/** Discord shows at most 25 autocomplete choices. */
const MAX_AUTOCOMPLETE_CHOICES = 25;

/** The campaign's roster of named scholars. */
@Injectable()
export class ScholarsService {
  private readonly logger = new Logger(ScholarsService.name);

  constructor(
    @InjectRepository(Scholar) private readonly scholars: Repository<Scholar>,
    private readonly config: AppConfig,
  ) {}

  /** Creates the starting roster of a new campaign inside the caller's transaction. */
  async seedRoster(manager: EntityManager, campaign: Campaign): Promise<Scholar[]> {
    const profiles = buildStartingRoster(campaign.seed, this.config.game.rosterSize);
    const rows = profiles.map((profile) => Scholar.fromProfile(campaign.id, profile));
    await manager.insert(Scholar, rows);
    this.logger.debug({ message: 'roster seeded', campaignId: campaign.id, size: rows.length });

    return rows;
  }

  /**
   * Finds a scholar by the value an autocomplete choice carries (the row id) or by a typed name,
   * ignoring case. Throws `ScholarNotFoundError` when nothing matches.
   */
  async findByChoiceOrFail(campaignId: number, query: string): Promise<Scholar> {
    const trimmed = query.trim();
    let scholar: Scholar | null = null;
    if (/^\d{1,9}$/.test(trimmed)) {
      scholar = await this.scholars.findOneBy({
        campaignId,
        id: Number(trimmed),
        status: Not('retired'),
      });
    }
    scholar ??= await this.scholars
      .createQueryBuilder('scholar')
      .where('scholar.campaign_id = :campaignId', { campaignId })
      .andWhere('scholar.name = :name COLLATE NOCASE', { name: trimmed })
      .andWhere("scholar.status != 'retired'")
      .getOne();
    if (!scholar) {
      throw new ScholarNotFoundError(trimmed);
    }

    return scholar;
  }

  findByIds(campaignId: number, ids: number[]): Promise<Scholar[]> {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }

    return this.scholars.findBy({ campaignId, id: In(ids) });
  }

  /** Scholars whose name contains the typed text, for autocomplete, best matches first. */
  async suggest(campaignId: number, typed: string): Promise<Scholar[]> {
    const needle = typed.trim().toLowerCase();
    const roster = await this.scholars.find({
      where: { campaignId, status: Not('retired') },
      order: { name: 'ASC' },
      select: { id: true, name: true, title: true, archetype: true, disciplines: true },
    });
    const matches = roster.filter((scholar) => scholar.name.toLowerCase().includes(needle));
    matches.sort(
      (a, b) =>
        Number(!a.name.toLowerCase().startsWith(needle)) -
        Number(!b.name.toLowerCase().startsWith(needle)),
    );

    return matches.slice(0, MAX_AUTOCOMPLETE_CHOICES);
  }

  countRoster(campaignId: number): Promise<number> {
    return this.scholars.countBy({ campaignId });
  }
}
