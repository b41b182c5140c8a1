import { Injectable, Logger } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import type { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Player } from '../campaigns/player.entity';
import { WriteQueue } from '../database/write-queue';
import type { ReactionRequest } from '../gazette/digest-step';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { NotAJuniorError, NotYourScholarError } from './mentorship.errors';
import { labText, mentorshipText, promotionText } from './poaching-press';
import { MAX_LOYALTY, RECRUIT_REPUTATION_GATE } from './poaching-rules';
import { MIN_OFFER } from './poaching.service';
import { Scholar } from './scholar.entity';
import { ScholarFeelingsService } from './scholar-feelings.service';
import { ScholarMemoryService } from './scholar-memory.service';
import { FACTIONS } from './scholar-profile';
import {
  CAREER_TRACKS,
  DIGESTS_PER_RUNG,
  careerRung,
  isPromotionDigest,
  type CareerTrack,
} from './scholar-rules';
import { ScholarsService } from './scholars.service';

/** Feeling a mentee gains toward the mentor at each mentored digest. */
export const MENTORED_FEELING_GAIN = 1;

/** The rung index of a junior's current title on its track, or 0 when the title is unknown. */
export function rungIndex(track: CareerTrack, rung: string | null): number {
  const index = (CAREER_TRACKS[track] as readonly string[]).indexOf(rung ?? '');

  return Math.max(0, index);
}

/**
 * Mentorship: a player mentors one of their own scholars at a time. At each digest a mentee's
 * neglect count resets, its feeling toward the mentor warms, and every third mentored digest
 * raises its loyalty and, for a junior, its rung.
 */
@Injectable()
export class MentorshipService {
  private readonly logger = new Logger(MentorshipService.name);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly scholars: ScholarsService,
    private readonly feelings: ScholarFeelingsService,
    private readonly memory: ScholarMemoryService,
    private readonly press: PressService,
    private readonly writes: WriteQueue,
  ) {}

  /** Starts mentoring one of the player's scholars, ending any other mentorship of theirs. */
  async mentor(actor: Actor, scholarChoice: string): Promise<PressRelease> {
    return this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
      if (scholar.employerId !== player.id) {
        throw notYourScholar(scholar, player);
      }
      const previous = await manager.findBy(Scholar, {
        campaignId: campaign.id,
        mentorId: player.id,
        id: Not(scholar.id),
      });
      for (const former of previous) {
        await manager.update(Scholar, former.id, { mentorId: null });
        await this.memory.recordFact(manager, former, 'mentorship_ended', { playerId: player.id });
      }
      await manager.update(Scholar, scholar.id, { mentorId: player.id });
      await this.memory.recordFact(manager, scholar, 'mentorship_began', { playerId: player.id });
      await this.campaigns.appendEvent(manager, campaign.id, actor.userId, 'scholar.mentored', {
        actorName: actor.displayName,
        scholarKey: scholar.key,
      });
      this.logger.log({
        message: 'mentorship began',
        campaignId: campaign.id,
        scholarId: scholar.id,
      });

      return this.press.publish(
        manager,
        campaign.id,
        'academic_gossip',
        mentorshipText({ playerName: player.displayName, scholarName: scholar.name }),
      );
    });
  }

  /** Moves one of the player's juniors to a lab track, keeping its rung. */
  async assignLab(actor: Actor, scholarChoice: string, track: CareerTrack): Promise<PressRelease> {
    return this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const scholar = await this.scholars.findByChoiceOrFail(campaign.id, scholarChoice);
      if (scholar.employerId !== player.id) {
        throw notYourScholar(scholar, player);
      }
      if (scholar.careerRung === null) {
        throw new NotAJuniorError(scholar.name);
      }
      const index = rungIndex(scholar.careerTrack ?? 'academia', scholar.careerRung);
      const rung = CAREER_TRACKS[track][index];
      await manager.update(Scholar, scholar.id, { careerTrack: track, careerRung: rung });
      await this.memory.recordFact(manager, scholar, 'lab_assigned', {
        playerId: player.id,
        track,
        rung,
      });
      await this.campaigns.appendEvent(manager, campaign.id, actor.userId, 'scholar.lab_assigned', {
        actorName: actor.displayName,
        scholarKey: scholar.key,
        track,
      });

      return this.press.publish(
        manager,
        campaign.id,
        'academic_gossip',
        labText({ playerName: player.displayName, scholarName: scholar.name, track, rung }),
      );
    });
  }

  /**
   * Credits one digest of mentorship to every mentee of the campaign, inside the digest's
   * transaction. Runs after the junior-neglect count, so resetting that count here keeps a
   * mentored junior from ever reaching the neglect threshold. A mentee who no longer works for
   * the mentor loses the mentorship instead.
   */
  async creditMentoredDigest(
    manager: EntityManager,
    campaign: Campaign,
    slotAt: Date,
    reactions: ReactionRequest[],
  ): Promise<Scholar[]> {
    const mentees = await manager.find(Scholar, {
      where: { campaignId: campaign.id, mentorId: Not(IsNull()) },
      order: { id: 'ASC' },
    });
    const promoted: Scholar[] = [];
    for (const mentee of mentees) {
      if (mentee.employerId !== mentee.mentorId) {
        await manager.update(Scholar, mentee.id, { mentorId: null });
        continue;
      }
      if (await this.advance(manager, mentee, slotAt, reactions)) {
        promoted.push(mentee);
      }
    }

    return promoted;
  }

  /** Returns true when the digest promoted the mentee. */
  private async advance(
    manager: EntityManager,
    mentee: Scholar,
    slotAt: Date,
    reactions: ReactionRequest[],
  ): Promise<boolean> {
    const mentorId = mentee.mentorId as number;
    const digests = mentee.mentoredDigests + 1;
    const track: CareerTrack = mentee.careerTrack ?? 'academia';
    const isJunior = mentee.careerRung !== null;
    const isPromotion = isJunior && isPromotionDigest(track, digests);
    const isMilestone = digests % DIGESTS_PER_RUNG === 0;
    const loyalty = isMilestone
      ? Math.min(MAX_LOYALTY, mentee.stats.loyalty + 1)
      : mentee.stats.loyalty;
    const rung = isPromotion ? CAREER_TRACKS[track][careerRung(track, digests)] : mentee.careerRung;
    Object.assign(mentee, {
      mentoredDigests: digests,
      digestsWithoutMentorship: 0,
      careerRung: rung,
      stats: { ...mentee.stats, loyalty },
    });
    await manager.update(Scholar, mentee.id, {
      mentoredDigests: digests,
      digestsWithoutMentorship: 0,
      careerRung: rung,
      stats: mentee.stats,
    });
    const feeling = await this.feelings.adjust(manager, mentee.id, mentorId, MENTORED_FEELING_GAIN);
    if (!isPromotion || rung === null) {
      return false;
    }

    await this.memory.recordFact(manager, mentee, 'promoted', { playerId: mentorId, rung }, slotAt);
    const mentor = await manager.findOneByOrFail(Player, { id: mentorId });
    // The profile shows the career list, so each promotion is written there for players to read.
    mentee.career = [...mentee.career, `${rung}, promoted under ${mentor.displayName}`];
    await manager.update(Scholar, mentee.id, { career: mentee.career });
    const press = await this.press.publish(
      manager,
      mentee.campaignId,
      'academic_gossip',
      promotionText({ playerName: mentor.displayName, scholarName: mentee.name, rung }),
    );
    reactions.push({
      scholarId: mentee.id,
      scholarName: mentee.name,
      catchphrase: mentee.catchphrase,
      archetype: mentee.archetype,
      event: `was promoted to ${rung} under ${mentor.displayName}'s mentorship`,
      stance: Math.max(-10, Math.min(10, Math.round(feeling))),
      traits: { ...mentee.stats },
      pressNumber: press.number,
    });

    return true;
  }
}

function notYourScholar(scholar: Scholar, player: Player): NotYourScholarError {
  return new NotYourScholarError(
    scholar.name,
    scholar.employerId === null ? 'unaffiliated' : 'elsewhere',
    player.reputation >= RECRUIT_REPUTATION_GATE,
    FACTIONS.some((faction) => player.influence[faction] >= MIN_OFFER),
  );
}
