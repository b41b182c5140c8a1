import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ARCHIVE_CSP,
  archivePath,
  renderIndex,
  renderNotFound,
  renderPlayer,
  renderPress,
  renderScholar,
} from './archive-html';
import { ArchiveService } from './archive.service';

const GUILD_ID = /^\d{1,20}$/;
const POSITIVE_INTEGER = /^[1-9]\d{0,8}$/;

/**
 * The public archive: server-rendered HTML pages with no scripts. Every page is readable by
 * anyone who has the link, like the Gazette itself.
 */
@Controller('archive')
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get(':guildId')
  async index(
    @Param('guildId') guildId: string,
    @Query('page') pageParam: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const campaign = await this.findCampaign(guildId);
    if (!campaign) {
      return this.notFound(response, null, 'No campaign is archived under this address.');
    }
    const pageNumber = pageParam === undefined ? 1 : parsePositive(pageParam);
    if (pageNumber === null) {
      return this.notFound(response, guildId, 'Pages are numbered from 1.');
    }

    const { items, total, pageCount } = await this.archive.findPage(campaign.id, pageNumber);
    if (pageNumber > pageCount) {
      return this.notFound(
        response,
        guildId,
        `The archive has ${pageCount} page(s); there is no page ${pageNumber}.`,
      );
    }
    this.send(response, 200, renderIndex(guildId, items, pageNumber, pageCount, total));
  }

  @Get(':guildId/press/:number')
  async press(
    @Param('guildId') guildId: string,
    @Param('number') numberParam: string,
    @Res() response: Response,
  ): Promise<void> {
    const campaign = await this.findCampaign(guildId);
    const number = parsePositive(numberParam);
    const item =
      campaign && number !== null ? await this.archive.findPress(campaign.id, number) : null;
    if (!campaign || !item) {
      return this.notFound(
        response,
        campaign ? guildId : null,
        `There is no press release No. ${numberParam} in this archive.`,
      );
    }
    this.send(response, 200, renderPress(guildId, item, campaign.nextPressNumber - 1));
  }

  /** Academic Bulletins are cited by their own number; this redirects to the press page. */
  @Get(':guildId/bulletins/:number')
  async bulletin(
    @Param('guildId') guildId: string,
    @Param('number') numberParam: string,
    @Res() response: Response,
  ): Promise<void> {
    const campaign = await this.findCampaign(guildId);
    const number = parsePositive(numberParam);
    const pressNumber =
      campaign && number !== null
        ? await this.archive.findBulletinPressNumber(campaign.id, number)
        : null;
    if (pressNumber === null) {
      return this.notFound(
        response,
        campaign ? guildId : null,
        `There is no Academic Bulletin No. ${numberParam} in this archive.`,
      );
    }
    this.setSecurityHeaders(response);
    response.redirect(302, `${archivePath(guildId)}/press/${pressNumber}`);
  }

  @Get(':guildId/players/:userId')
  async player(
    @Param('guildId') guildId: string,
    @Param('userId') userId: string,
    @Res() response: Response,
  ): Promise<void> {
    const campaign = await this.findCampaign(guildId);
    const player =
      campaign && GUILD_ID.test(userId) ? await this.archive.findPlayer(campaign.id, userId) : null;
    if (!campaign || !player) {
      return this.notFound(response, campaign ? guildId : null, 'No such player in this campaign.');
    }
    const [theories, press] = await Promise.all([
      this.archive.findTheories(player.id),
      this.archive.findPlayerPress(campaign.id, userId),
    ]);
    this.send(response, 200, renderPlayer(guildId, player, theories, press));
  }

  @Get(':guildId/scholars/:id')
  async scholar(
    @Param('guildId') guildId: string,
    @Param('id') idParam: string,
    @Res() response: Response,
  ): Promise<void> {
    const campaign = await this.findCampaign(guildId);
    const id = parsePositive(idParam);
    const scholar =
      campaign && id !== null ? await this.archive.findScholar(campaign.id, id) : null;
    if (!campaign || !scholar) {
      return this.notFound(
        response,
        campaign ? guildId : null,
        'No such scholar in this campaign.',
      );
    }
    const [employer, press] = await Promise.all([
      this.archive.findEmployer(scholar),
      this.archive.findScholarPress(campaign.id, scholar.name),
    ]);
    this.send(response, 200, renderScholar(guildId, scholar, employer, press));
  }

  private findCampaign(guildId: string) {
    return GUILD_ID.test(guildId) ? this.archive.findCampaign(guildId) : Promise.resolve(null);
  }

  private notFound(response: Response, guildId: string | null, what: string): void {
    this.send(response, 404, renderNotFound(guildId, what));
  }

  private send(response: Response, status: number, html: string): void {
    this.setSecurityHeaders(response);
    response.status(status).type('html').send(html);
  }

  private setSecurityHeaders(response: Response): void {
    response.setHeader('Content-Security-Policy', ARCHIVE_CSP);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
  }
}

function parsePositive(value: string): number | null {
  return POSITIVE_INTEGER.test(value) ? Number(value) : null;
}
