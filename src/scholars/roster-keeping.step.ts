import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Campaign } from '../campaigns/campaign.entity';
import {
  DIGEST_ORDER,
  DigestStepRegistry,
  type DigestContext,
  type DigestStep,
} from '../gazette/digest-step';
import { PressService } from '../gazette/press.service';
import { nextGeneratedIndex, nextProceduralScholar } from './scholar-generator';
import { Scholar } from './scholar.entity';

/** Bounds of a campaign's active roster. Fixed by the game design. */
export const ROSTER_MIN = 20;
export const ROSTER_MAX = 30;

/**
 * The digest step that keeps a campaign's active roster within 20–30 scholars. Below 20 (after
 * retirements) new procedural scholars arrive; above 30 the newest unaffiliated scholars who are
 * neither legends nor pinned retire. Both are announced in a Gazette note.
 */
@Injectable()
export class RosterKeepingStep implements DigestStep {
  readonly name = 'keep-roster';
  readonly order = DIGEST_ORDER.keepRoster;
  private readonly logger = new Logger(RosterKeepingStep.name);

  constructor(
    registry: DigestStepRegistry,
    private readonly press: PressService,
  ) {
    registry.register(this);
  }

  async run({ manager, campaign }: DigestContext): Promise<void> {
    const roster = await manager.find(Scholar, {
      where: { campaignId: campaign.id },
      select: { id: true, name: true, key: true, status: true, employerId: true, isLegend: true },
      order: { id: 'ASC' },
    });
    const active = roster.filter((scholar) => scholar.status !== 'retired');

    if (active.length < ROSTER_MIN) {
      await this.welcome(manager, campaign, roster, ROSTER_MIN - active.length);
    } else if (active.length > ROSTER_MAX) {
      await this.retire(manager, campaign, active, active.length - ROSTER_MAX);
    }
  }

  private async welcome(
    manager: EntityManager,
    campaign: Campaign,
    roster: Scholar[],
    count: number,
  ): Promise<void> {
    const names = new Set(roster.map((scholar) => scholar.name));
    let index = nextGeneratedIndex(roster.map((scholar) => scholar.key));
    const arrivals: string[] = [];
    for (let i = 0; i < count; i++) {
      const drawn = nextProceduralScholar(campaign.seed, names, index);
      await manager.insert(Scholar, Scholar.fromProfile(campaign.id, drawn.profile));
      names.add(drawn.profile.name);
      arrivals.push(drawn.profile.name);
      index = drawn.index + 1;
    }
    await this.press.publish(manager, campaign.id, 'gazette_note', {
      headline: 'New faces in the common rooms',
      body: `With the roster thinned, ${arrivals.join(', ')} ${arrivals.length === 1 ? 'takes' : 'take'} up a desk and await offers.`,
    });
    this.logger.log({ message: 'roster refilled', guildId: campaign.guildId, count });
  }

  private async retire(
    manager: EntityManager,
    campaign: Campaign,
    active: Scholar[],
    count: number,
  ): Promise<void> {
    const candidates = active
      .filter((scholar) => scholar.employerId === null && scholar.status === 'active')
      .filter((scholar) => !scholar.isLegend)
      .reverse()
      .slice(0, count);
    if (candidates.length === 0) {
      return;
    }
    for (const scholar of candidates) {
      await manager.update(Scholar, scholar.id, { status: 'retired' });
    }
    const names = candidates.map((scholar) => scholar.name);
    await this.press.publish(manager, campaign.id, 'gazette_note', {
      headline: 'Quiet retirements',
      body: `The roster being crowded, ${names.join(', ')} ${names.length === 1 ? 'retires' : 'retire'} from public life with a modest pension and a sharpened memoir.`,
    });
    this.logger.log({ message: 'roster trimmed', guildId: campaign.guildId, count: names.length });
  }
}
