import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';
import { EventsService } from '../events/events.service';
import { PressRelease } from '../gazette/press-release.entity';
import { Scholar } from '../scholars/scholar.entity';
import { Theory } from '../theories/theory.entity';

/** Press releases per archive index page. */
export const ARCHIVE_PAGE_SIZE = 25;
/** At most this many press releases are listed on a player or scholar page. */
const PROFILE_PRESS_LIMIT = 50;

/** One page of the archive index. */
export interface ArchivePage {
  items: PressRelease[];
  total: number;
  pageCount: number;
}

/** Read-only queries behind the public archive. */
@Injectable()
export class ArchiveService {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(PressRelease) private readonly press: Repository<PressRelease>,
    @InjectRepository(Player) private readonly players: Repository<Player>,
    @InjectRepository(Scholar) private readonly scholars: Repository<Scholar>,
    @InjectRepository(Theory) private readonly theories: Repository<Theory>,
    private readonly events: EventsService,
  ) {}

  findCampaign(guildId: string): Promise<Campaign | null> {
    return this.campaigns.findOneBy({ guildId });
  }

  /** Page `pageNumber` (from 1) of the campaign's press, newest first. */
  async findPage(campaignId: number, pageNumber: number): Promise<ArchivePage> {
    const [items, total] = await this.press.findAndCount({
      where: { campaignId },
      order: { number: 'DESC' },
      skip: (pageNumber - 1) * ARCHIVE_PAGE_SIZE,
      take: ARCHIVE_PAGE_SIZE,
    });

    return { items, total, pageCount: Math.max(1, Math.ceil(total / ARCHIVE_PAGE_SIZE)) };
  }

  findPress(campaignId: number, number: number): Promise<PressRelease | null> {
    return this.press.findOneBy({ campaignId, number });
  }

  /** Press number of an Academic Bulletin, from the event that recorded its publication. */
  async findBulletinPressNumber(
    campaignId: number,
    bulletinNumber: number,
  ): Promise<number | null> {
    const [event] = await this.events.findByPayload(
      campaignId,
      'theory.submitted',
      'bulletinNumber',
      bulletinNumber,
    );
    const pressNumber = event?.payload.pressNumber;

    return typeof pressNumber === 'number' ? pressNumber : null;
  }

  findPlayer(campaignId: number, userId: string): Promise<Player | null> {
    return this.players.findOneBy({ campaignId, userId });
  }

  findTheories(playerId: number): Promise<Theory[]> {
    return this.theories.find({ where: { playerId }, order: { bulletinNumber: 'DESC' } });
  }

  /** Press releases caused by a player's own actions, newest first. */
  async findPlayerPress(campaignId: number, userId: string): Promise<PressRelease[]> {
    const events = await this.events.findByActor(campaignId, userId, PROFILE_PRESS_LIMIT * 4);
    const numbers = [
      ...new Set(
        events
          .map((event) => event.payload.pressNumber)
          .filter((number): number is number => typeof number === 'number'),
      ),
    ].slice(0, PROFILE_PRESS_LIMIT);
    if (numbers.length === 0) {
      return [];
    }

    return this.press.find({
      where: { campaignId, number: In(numbers) },
      order: { number: 'DESC' },
    });
  }

  findScholar(campaignId: number, id: number): Promise<Scholar | null> {
    return this.scholars.findOneBy({ campaignId, id });
  }

  findEmployer(scholar: Scholar): Promise<Player | null> {
    return scholar.employerId
      ? this.players.findOneBy({ id: scholar.employerId })
      : Promise.resolve(null);
  }

  /** Press releases that name the scholar in the headline or body, newest first. */
  findScholarPress(campaignId: number, name: string): Promise<PressRelease[]> {
    // instr() matches the name literally; LIKE would treat % and _ in a name as wildcards.
    return this.press
      .createQueryBuilder('press')
      .where('press.campaign_id = :campaignId', { campaignId })
      .andWhere('(instr(press.headline, :name) > 0 OR instr(press.body, :name) > 0)', { name })
      .orderBy('press.number', 'DESC')
      .take(PROFILE_PRESS_LIMIT)
      .getMany();
  }
}
