import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { WriteQueue } from '../database/write-queue';
import { EventsService, type GameEventType } from '../events/events.service';
import { ScholarsService } from '../scholars/scholars.service';
import { FACTIONS } from '../scholars/scholar-profile';
import type { Actor } from './actor';
import { Campaign } from './campaign.entity';
import { CampaignNotFoundError, CampaignPausedError } from './campaigns.errors';
import { Player } from './player.entity';

/** Channels an admin chose for the campaign's posts; null leaves a channel unset. */
export interface CampaignChannels {
  gazetteChannelId: string | null;
  tableTalkChannelId: string | null;
  adminChannelId: string | null;
}

/** A player and the campaign they act in. */
export interface Seat {
  campaign: Campaign;
  player: Player;
}

/** Creates campaigns on first use, registers players, and stores campaign settings. */
@Injectable()
export class CampaignsService {
  private readonly logger = new Logger(CampaignsService.name);

  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(Player) private readonly players: Repository<Player>,
    private readonly writes: WriteQueue,
    private readonly config: AppConfig,
    private readonly scholars: ScholarsService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  /**
   * Returns the actor's seat, creating the campaign and the player on first use and refreshing
   * the stored display name. Reads only when nothing has changed.
   */
  async enter(actor: Actor): Promise<Seat> {
    const campaign = await this.findCampaign(actor.guildId);
    const player = campaign ? await this.findPlayer(campaign.id, actor.userId) : null;
    if (campaign && player && player.displayName === actor.displayName) {
      return { campaign, player };
    }

    return this.writes.run((manager) => this.enterWithin(manager, actor));
  }

  /** Same as `enter`, inside a write transaction the caller already holds. */
  async enterWithin(manager: EntityManager, actor: Actor): Promise<Seat> {
    const campaign =
      (await manager.findOneBy(Campaign, { guildId: actor.guildId })) ??
      (await this.createCampaign(manager, actor.guildId));
    if (campaign.paused) {
      throw new CampaignPausedError(actor.guildId);
    }
    let player = await manager.findOneBy(Player, { campaignId: campaign.id, userId: actor.userId });

    if (!player) {
      player = await this.createPlayer(manager, campaign, actor);
    } else if (player.displayName !== actor.displayName) {
      player.displayName = actor.displayName;
      await manager.update(Player, player.id, { displayName: actor.displayName });
      await this.events.append(manager, campaign.id, actor.userId, 'player.renamed', {
        displayName: actor.displayName,
      });
    }

    return { campaign, player };
  }

  /**
   * Appends to the campaign's event log inside the caller's write transaction, for services that
   * reach the log through the campaign they act in.
   */
  appendEvent(
    manager: EntityManager,
    campaignId: number,
    actorUserId: string | null,
    type: GameEventType,
    payload: Record<string, unknown>,
  ): Promise<unknown> {
    return this.events.append(manager, campaignId, actorUserId, type, payload);
  }

  findCampaign(guildId: string): Promise<Campaign | null> {
    return this.campaigns.findOneBy({ guildId });
  }

  async findCampaignOrFail(guildId: string): Promise<Campaign> {
    const campaign = await this.findCampaign(guildId);
    if (!campaign) {
      throw new CampaignNotFoundError(guildId);
    }

    return campaign;
  }

  findPlayer(campaignId: number, userId: string): Promise<Player | null> {
    return this.players.findOneBy({ campaignId, userId });
  }

  findPlayerById(id: number): Promise<Player | null> {
    return this.players.findOneBy({ id });
  }

  listCampaigns(): Promise<Campaign[]> {
    return this.campaigns.find({ order: { id: 'ASC' } });
  }

  /** Stores the channels the campaign posts to, creating the campaign if needed. */
  setChannels(
    guildId: string,
    channels: CampaignChannels,
    actorUserId: string | null = null,
  ): Promise<Campaign> {
    return this.writes.run(async (manager) => {
      const campaign =
        (await manager.findOneBy(Campaign, { guildId })) ??
        (await this.createCampaign(manager, guildId));
      Object.assign(campaign, channels);
      await manager.update(Campaign, campaign.id, channels);
      await this.events.append(manager, campaign.id, actorUserId, 'campaign.channels_set', {
        ...channels,
      });
      this.logger.log({ message: 'campaign channels set', guildId, ...channels });

      return campaign;
    });
  }

  /**
   * Fills in any channel the campaign has not set yet, keeping the ones an admin chose, so an
   * admin who never ran setup still gets a Gazette in #gazette.
   */
  setChannelsIfUnset(guildId: string, defaults: CampaignChannels): Promise<Campaign> {
    return this.writes.run(async (manager) => {
      const campaign =
        (await manager.findOneBy(Campaign, { guildId })) ??
        (await this.createCampaign(manager, guildId));
      const channels: CampaignChannels = {
        gazetteChannelId: campaign.gazetteChannelId ?? defaults.gazetteChannelId,
        tableTalkChannelId: campaign.tableTalkChannelId ?? defaults.tableTalkChannelId,
        adminChannelId: campaign.adminChannelId ?? defaults.adminChannelId,
      };
      Object.assign(campaign, channels);
      await manager.update(Campaign, campaign.id, channels);

      return campaign;
    });
  }

  private async createCampaign(manager: EntityManager, guildId: string): Promise<Campaign> {
    const game = this.config.game;
    const campaign = manager.create(Campaign, {
      guildId,
      seed: `${game.seed}:${guildId}`,
      timeZone: this.config.schedule.timeZone,
      startYear: game.startYear,
      currentYear: game.startYear,
      gazetteChannelId: null,
      tableTalkChannelId: null,
      adminChannelId: null,
      createdAt: this.clock.now(),
    });
    await manager.save(campaign);
    await this.scholars.seedRoster(manager, campaign);
    await this.events.append(manager, campaign.id, null, 'campaign.created', {
      seed: campaign.seed,
      timeZone: campaign.timeZone,
      startYear: campaign.startYear,
    });
    this.logger.log({ message: 'campaign created', guildId, campaignId: campaign.id });

    return campaign;
  }

  private async createPlayer(
    manager: EntityManager,
    campaign: Campaign,
    actor: Actor,
  ): Promise<Player> {
    const grant = this.config.game.startingInfluence;
    const influence = Object.fromEntries(FACTIONS.map((faction) => [faction, grant]));
    const player = manager.create(Player, {
      campaignId: campaign.id,
      userId: actor.userId,
      displayName: actor.displayName,
      reputation: 0,
      influence,
      stakeCooldownDigests: 0,
    });
    await manager.save(player);
    await this.events.append(manager, campaign.id, actor.userId, 'player.joined', {
      playerId: player.id,
      displayName: actor.displayName,
    });
    this.logger.log({ message: 'player joined', guildId: campaign.guildId, userId: actor.userId });

    return player;
  }
}
