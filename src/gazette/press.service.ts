import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import type { PressText } from '../narration/narrator';
import { PressRelease, type PressType } from './press-release.entity';

/** Stores press releases in the public archive with gapless per-campaign numbers. */
@Injectable()
export class PressService {
  constructor(
    @InjectRepository(PressRelease) private readonly releases: Repository<PressRelease>,
  ) {}

  /**
   * Numbers and stores a press release inside the caller's write transaction. The number comes
   * from the campaign row read inside that transaction, so numbers stay gapless: a rolled-back
   * write gives its number back.
   */
  async publish(
    manager: EntityManager,
    campaignId: number,
    type: PressType,
    text: PressText,
  ): Promise<PressRelease> {
    const campaign = await manager.findOneByOrFail(Campaign, { id: campaignId });
    const release = manager.create(PressRelease, {
      campaignId,
      number: campaign.nextPressNumber,
      type,
      headline: text.headline,
      body: text.body,
      year: campaign.currentYear,
      editionId: null,
    });
    await manager.update(Campaign, campaignId, { nextPressNumber: campaign.nextPressNumber + 1 });

    return manager.save(release);
  }

  /** The most recent press releases, newest first. */
  findRecent(campaignId: number, limit: number): Promise<PressRelease[]> {
    return this.releases.find({ where: { campaignId }, order: { number: 'DESC' }, take: limit });
  }

  findByNumber(campaignId: number, number: number): Promise<PressRelease | null> {
    return this.releases.findOneBy({ campaignId, number });
  }
}
