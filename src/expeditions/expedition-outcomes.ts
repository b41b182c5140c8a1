import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { IsNull, type EntityManager } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import type { Player } from '../campaigns/player.entity';
import type { RandomStream } from '../common/random';
import { AppConfig } from '../config/app-config';
import { PressService } from '../gazette/press.service';
import { NARRATOR, type Narrator } from '../narration/narrator';
import { fillTemplate, quotePlayerText } from '../narration/template-text';
import { Scholar } from '../scholars/scholar.entity';
import { nextGeneratedIndex, nextProceduralScholar } from '../scholars/scholar-generator';
import { ScholarFeelingsService } from '../scholars/scholar-feelings.service';
import { Theory } from '../theories/theory.entity';
import { DomainTag } from './domain-tag.entity';
import { failureKindFor, pickWeighted } from './expedition-rules';
import type { ExpeditionTables, FailureEffect } from './expedition-tables';
import type { Expedition } from './expedition.entity';
import { shiftInfluence, shiftReputation } from './player-ledger';

/** Injection token of the validated outcome tables. */
export const EXPEDITION_TABLES = Symbol('EXPEDITION_TABLES');

/** A drawn table entry and its prose, filled in. */
export interface DrawnOutcome {
  entryId: string;
  text: string;
}

/** The people an outcome is about. */
export interface OutcomeParties {
  campaign: Campaign;
  expedition: Expedition;
  player: Player;
  team: Scholar[];
  slotAt: Date;
  /** Seeded streams for this expedition, one per purpose. */
  random: (purpose: string) => RandomStream;
}

/** Applies what a result turns up beyond the wager: failure effects, landmarks and sidecasts. */
@Injectable()
export class ExpeditionOutcomes {
  constructor(
    @Inject(EXPEDITION_TABLES) private readonly tables: ExpeditionTables,
    @Inject(NARRATOR) private readonly narrator: Narrator,
    private readonly feelings: ScholarFeelingsService,
    private readonly press: PressService,
    private readonly config: AppConfig,
  ) {}

  /** Draws the failure kind for the depth, then an entry of that kind, and applies its effect. */
  async applyFailure(manager: EntityManager, parties: OutcomeParties): Promise<DrawnOutcome> {
    const kind = failureKindFor(parties.expedition.depth, parties.random('failure').int(1, 100));
    const entry = pickWeighted(this.tables.failures[kind], parties.random('entry').int(1, 100));
    const effect = entry.effect;
    const lead = await this.applyEffect(manager, parties, effect);
    const text = fillTemplate(entry.text, {
      ...this.values(parties, lead),
      faction: 'faction' in effect ? effect.faction : 'academia',
      amount: 'amount' in effect ? Math.abs(effect.amount) : 0,
    });

    return { entryId: entry.id, text };
  }

  /** Opens a new domain tag for the campaign, or names an existing one again with the code. */
  async openLandmark(manager: EntityManager, parties: OutcomeParties): Promise<DrawnOutcome> {
    const { expedition, campaign } = parties;
    const entry = pickWeighted(this.tables.landmarks, parties.random('landmark').int(1, 100));
    let tag = fillTemplate(entry.tag, { discipline: expedition.discipline });
    if (await manager.findOneBy(DomainTag, { campaignId: campaign.id, tag })) {
      tag = `${tag}, ${expedition.code}`;
    }
    await manager.insert(DomainTag, {
      campaignId: campaign.id,
      tag,
      discipline: expedition.discipline,
      expeditionId: expedition.id,
    });
    const text = fillTemplate(entry.text, { ...this.values(parties, parties.team[0]), tag });

    return { entryId: entry.id, text };
  }

  /**
   * On a partial result or better, may bring a junior scholar to the roster as the player's
   * Postdoc, while the roster is under its limit. Returns null when nobody emerges.
   */
  async maybeSidecast(
    manager: EntityManager,
    parties: OutcomeParties,
  ): Promise<(DrawnOutcome & { scholarId: number }) | null> {
    const rules = this.config.game.expeditions;
    const { campaign, expedition, player } = parties;
    const roster = await manager.find(Scholar, {
      where: { campaignId: campaign.id },
      select: { id: true, name: true, key: true, status: true },
    });
    const activeCount = roster.filter((scholar) => scholar.status !== 'retired').length;
    if (activeCount >= rules.sidecastRosterLimit) {
      return null;
    }
    if (parties.random('sidecast').float() >= rules.sidecastChance) {
      return null;
    }

    const entry = pickWeighted(this.tables.sidecasts, parties.random('sidecast-kind').int(1, 100));
    const startIndex = nextGeneratedIndex(roster.map((scholar) => scholar.key));
    const { profile } = nextProceduralScholar(
      campaign.seed,
      new Set(roster.map((scholar) => scholar.name)),
      startIndex,
    );
    const junior = Scholar.fromProfile(campaign.id, {
      ...profile,
      title: fillTemplate(entry.title, { discipline: expedition.discipline }),
      stats: { ...profile.stats, loyalty: rules.juniorStartingLoyalty },
      career: [...profile.career, `${entry.label}, found on expedition ${expedition.code}`],
    });
    junior.employerId = player.id;
    junior.careerRung = 'Postdoc';
    junior.careerTrack = 'academia';
    junior.sponsorId = player.id;
    junior.sponsoredAt = parties.slotAt;
    await manager.save(junior);
    const text = fillTemplate(entry.text, {
      ...this.values(parties, parties.team[0]),
      junior: junior.name,
    });

    return { entryId: entry.id, text, scholarId: junior.id };
  }

  /** Applies the effect keyed by its id; returns the scholar the prose should name. */
  private async applyEffect(
    manager: EntityManager,
    parties: OutcomeParties,
    effect: FailureEffect,
  ): Promise<Scholar> {
    const { player, team } = parties;
    switch (effect.id) {
      case 'none':
        return team[0];
      case 'reputation_shift':
        await shiftReputation(manager, player.id, effect.amount);
        return team[0];
      case 'influence_shift':
        await shiftInfluence(manager, player.id, { [effect.faction]: effect.amount });
        return team[0];
      case 'grudge':
        await this.feelings.adjust(manager, team[0].id, player.id, effect.amount);
        return team[0];
      case 'opportunity':
        return this.applyOpportunity(manager, parties, effect.amount);
      case 'new_theory':
        await this.publishSidewaysTheory(manager, parties, effect.claim, effect.confidence);
        return team[0];
    }
  }

  private async applyOpportunity(
    manager: EntityManager,
    parties: OutcomeParties,
    amount: number,
  ): Promise<Scholar> {
    const teamIds = new Set(parties.team.map((scholar) => scholar.id));
    const free = (
      await manager.find(Scholar, {
        where: { campaignId: parties.campaign.id, employerId: IsNull() },
        order: { id: 'ASC' },
      })
    ).filter((scholar) => !teamIds.has(scholar.id));
    if (free.length === 0) {
      return parties.team[0];
    }
    const chosen = parties.random('opportunity').pick(free);
    await this.feelings.adjust(manager, chosen.id, parties.player.id, amount);

    return chosen;
  }

  private async publishSidewaysTheory(
    manager: EntityManager,
    parties: OutcomeParties,
    claimTemplate: string,
    confidence: Theory['confidence'],
  ): Promise<void> {
    const { player, expedition, slotAt } = parties;
    const campaign = await manager.findOneByOrFail(Campaign, { id: parties.campaign.id });
    const claim = fillTemplate(claimTemplate, {
      player: player.displayName,
      discipline: expedition.discipline,
      objective: expedition.objective,
    });
    const deadlineAt = DateTime.fromJSDate(slotAt)
      .plus({ days: this.config.game.theory.defaultDeadlineDays })
      .toJSDate();
    const theory = await manager.save(
      manager.create(Theory, {
        campaignId: campaign.id,
        playerId: player.id,
        bulletinNumber: campaign.nextBulletinNumber,
        claim,
        confidence,
        supporterIds: [],
        status: 'open',
        deadlineAt,
        resolvedAt: null,
      }),
    );
    await manager.update(Campaign, campaign.id, {
      nextBulletinNumber: campaign.nextBulletinNumber + 1,
    });
    const text = await this.narrator.theoryBulletin({
      bulletinNumber: theory.bulletinNumber,
      year: campaign.currentYear,
      playerName: player.displayName,
      claim,
      confidence,
      supporterNames: [],
      deadline: DateTime.fromJSDate(deadlineAt, { zone: campaign.timeZone }).toFormat(
        'cccc d LLLL, HH:mm ZZZZ',
      ),
    });
    await this.press.publish(manager, campaign.id, 'academic_bulletin', text);
  }

  private values(parties: OutcomeParties, scholar: Scholar): Record<string, string> {
    return {
      player: quotePlayerText(parties.player.displayName),
      objective: quotePlayerText(parties.expedition.objective),
      discipline: parties.expedition.discipline,
      scholar: scholar.name,
    };
  }
}
