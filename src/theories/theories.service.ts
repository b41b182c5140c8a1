import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { LessThanOrEqual, type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../campaigns/actor';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { clampReputation } from '../campaigns/influence';
import { Player } from '../campaigns/player.entity';
import { CLOCK, type Clock } from '../common/clock';
import { validateInput } from '../common/validate-input';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { EventsService } from '../events/events.service';
import type { PressRelease } from '../gazette/press-release.entity';
import { PressService } from '../gazette/press.service';
import { NARRATOR, type Narrator } from '../narration/narrator';
import type { Scholar } from '../scholars/scholar.entity';
import { ScholarsService } from '../scholars/scholars.service';
import { submitTheorySchema, type SubmitTheoryInput } from './dto/submit-theory.input';
import { DuplicateSupporterError } from './theories.errors';
import { Theory } from './theory.entity';
import { ScholarMemoryService } from '../scholars/scholar-memory.service';

/** Reputation a player loses when a theory reaches its deadline untested. */
const LAPSE_PENALTY = 1;

/** What `/submit_theory` publishes. */
export interface SubmittedTheory {
  theory: Theory;
  bulletin: PressRelease;
  supporters: Scholar[];
}

/** Publishes theories as numbered Academic Bulletins and lapses the ones left untested. */
@Injectable()
export class TheoriesService {
  private readonly logger = new Logger(TheoriesService.name);

  constructor(
    @InjectRepository(Theory) private readonly theories: Repository<Theory>,
    private readonly campaigns: CampaignsService,
    private readonly scholars: ScholarsService,
    private readonly press: PressService,
    private readonly writes: WriteQueue,
    private readonly config: AppConfig,
    @Inject(NARRATOR) private readonly narrator: Narrator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventsService,
    private readonly memory: ScholarMemoryService,
  ) {}

  /**
   * Validates the options, then in one write registers the player if new, takes the next
   * bulletin number, stores the theory and its Academic Bulletin. Nothing is stored if any
   * option is invalid.
   */
  async submitTheory(actor: Actor, rawInput: Partial<SubmitTheoryInput>): Promise<SubmittedTheory> {
    const input = validateInput(submitTheorySchema(this.config.game.theory), rawInput);

    const submitted = await this.writes.run(async (manager) => {
      const { campaign, player } = await this.campaigns.enterWithin(manager, actor);
      const supporters = await this.resolveSupporters(campaign.id, input.supporters);
      const now = this.clock.now();
      const fresh = await manager.findOneByOrFail(Campaign, { id: campaign.id });
      const deadlineAt = DateTime.fromJSDate(now).plus({ days: input.deadlineDays }).toJSDate();

      const theory = manager.create(Theory, {
        campaignId: campaign.id,
        playerId: player.id,
        bulletinNumber: fresh.nextBulletinNumber,
        claim: input.claim,
        confidence: input.confidence,
        supporterIds: supporters.map((scholar) => scholar.id),
        status: 'open',
        deadlineAt,
        resolvedAt: null,
      });
      await manager.update(Campaign, campaign.id, {
        nextBulletinNumber: fresh.nextBulletinNumber + 1,
      });
      await manager.save(theory);

      const text = await this.narrator.theoryBulletin({
        bulletinNumber: theory.bulletinNumber,
        year: fresh.currentYear,
        playerName: player.displayName,
        claim: theory.claim,
        confidence: theory.confidence,
        supporterNames: supporters.map((scholar) => scholar.name),
        deadline: this.formatDeadline(deadlineAt, fresh),
      });
      const bulletin = await this.press.publish(manager, campaign.id, 'academic_bulletin', text);
      for (const supporter of supporters) {
        await this.memory.recordFact(manager, supporter, 'theory_supported', {
          playerId: player.id,
          bulletinNumber: theory.bulletinNumber,
        });
      }
      await this.events.append(manager, campaign.id, actor.userId, 'theory.submitted', {
        theoryId: theory.id,
        bulletinNumber: theory.bulletinNumber,
        pressNumber: bulletin.number,
        confidence: theory.confidence,
        supporterIds: theory.supporterIds,
        deadlineAt: deadlineAt.toISOString(),
        actorName: actor.displayName,
        claim: input.claim,
        deadlineDays: input.deadlineDays,
        supporterKeys: supporters.map((scholar) => scholar.key),
      });

      return { theory, bulletin, supporters };
    });

    this.logger.log({
      message: 'theory submitted',
      guildId: actor.guildId,
      userId: actor.userId,
      bulletinNumber: submitted.theory.bulletinNumber,
      confidence: submitted.theory.confidence,
    });

    return submitted;
  }

  /** Open theories of a player, oldest first. */
  findOpenTheories(campaignId: number, playerId: number): Promise<Theory[]> {
    return this.theories.find({
      where: { campaignId, playerId, status: 'open' },
      order: { bulletinNumber: 'ASC' },
    });
  }

  /**
   * Lapses every open theory of the campaign whose deadline is at or before `at`: the owner loses
   * 1 reputation and the Gazette notes it. Runs inside the digest's write transaction.
   */
  async lapseOverdueTheories(
    manager: EntityManager,
    campaign: Campaign,
    at: Date,
  ): Promise<PressRelease[]> {
    const overdue = await manager.find(Theory, {
      where: { campaignId: campaign.id, status: 'open', deadlineAt: LessThanOrEqual(at) },
      order: { bulletinNumber: 'ASC' },
    });
    const notes: PressRelease[] = [];

    for (const theory of overdue) {
      const player = await manager.findOneByOrFail(Player, { id: theory.playerId });
      const reputationAfter = clampReputation(player.reputation - LAPSE_PENALTY);
      await manager.update(Player, player.id, { reputation: reputationAfter });
      await manager.update(Theory, theory.id, { status: 'lapsed', resolvedAt: at });

      const text = await this.narrator.theoryLapse({
        bulletinNumber: theory.bulletinNumber,
        year: campaign.currentYear,
        playerName: player.displayName,
        claim: theory.claim,
        reputationAfter,
      });
      const note = await this.press.publish(manager, campaign.id, 'gazette_note', text);
      await this.events.append(manager, campaign.id, null, 'theory.lapsed', {
        theoryId: theory.id,
        bulletinNumber: theory.bulletinNumber,
        playerId: player.id,
        reputationAfter,
        pressNumber: note.number,
      });
      notes.push(note);
    }

    return notes;
  }

  private async resolveSupporters(campaignId: number, choices: string[]): Promise<Scholar[]> {
    const supporters: Scholar[] = [];
    for (const choice of choices) {
      const scholar = await this.scholars.findByChoiceOrFail(campaignId, choice);
      if (supporters.some((known) => known.id === scholar.id)) {
        throw new DuplicateSupporterError(scholar.name);
      }
      supporters.push(scholar);
    }

    return supporters;
  }

  private formatDeadline(deadlineAt: Date, campaign: Campaign): string {
    return DateTime.fromJSDate(deadlineAt, { zone: campaign.timeZone }).toFormat(
      'cccc d LLLL, HH:mm ZZZZ',
    );
  }
}
