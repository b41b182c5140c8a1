import { Inject, Injectable, UseFilters, UseInterceptors } from '@nestjs/common';
import {
  Context,
  IntegerOption,
  Options,
  SlashCommand,
  StringOption,
  type SlashCommandContext,
} from 'necord';
import type { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CLOCK, type Clock } from '../common/clock';
import { GameError, InvalidOptionError } from '../common/game-error';
import { AppConfig } from '../config/app-config';
import { digestTimesOf, nextScheduledSlot } from '../gazette/gazette-schedule';
import { PressService } from '../gazette/press.service';
import { ScholarMemoryService } from '../scholars/scholar-memory.service';
import { ScholarsService } from '../scholars/scholars.service';
import { TheoriesService } from '../theories/theories.service';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';
import { gazetteEmbed, pressPageEmbed, scholarEmbed, statusEmbed } from './presenters';
import { ScholarAutocompleteInterceptor } from './theories.commands';

export class ScholarOptions {
  @StringOption({
    name: 'name',
    description: 'The scholar to look up',
    required: true,
    autocomplete: true,
    max_length: 100,
  })
  name: string;
}

export class GazetteOptions {
  @IntegerOption({
    name: 'number',
    description: 'A press release number, to read that item in full',
    min_value: 1,
  })
  number?: number;
}

/** Feelings and facts a profile lists. */
const MEMORY_LINES = 5;

class PressNotFoundError extends GameError {
  constructor(number: number) {
    super(
      'gazette.press_not_found',
      `no press release ${number}`,
      `There is no press release No. ${number} yet. Use /gazette without a number to see the latest.`,
    );
  }
}

/** Read-only views: a player's standing, a scholar's profile and the Gazette archive. */
@Injectable()
@UseFilters(DiscordExceptionFilter)
@UseInterceptors(CommandMetricsInterceptor)
export class PlayerCommands {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly theories: TheoriesService,
    private readonly scholars: ScholarsService,
    private readonly press: PressService,
    private readonly memory: ScholarMemoryService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @SlashCommand({ name: 'status', description: 'Your reputation, influence and open theories' })
  async status(@Context() [interaction]: SlashCommandContext): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { campaign, player } = await this.campaigns.enter(actor);
        const open = await this.theories.findOpenTheories(campaign.id, player.id);
        return {
          embeds: [statusEmbed(campaign, player, open, this.nextEdition(campaign))],
        };
      },
      { ephemeral: true },
    );
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({ name: 'scholar', description: "Read a scholar's profile" })
  async scholar(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ScholarOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { campaign } = await this.campaigns.enter(actor);
        const scholar = await this.scholars.findByChoiceOrFail(campaign.id, options.name);
        const employer = scholar.employerId
          ? await this.campaigns.findPlayerById(scholar.employerId)
          : null;
        const feelings = await this.memory.strongestFeelings(scholar.id, MEMORY_LINES);
        const facts = await this.memory.latestFacts(scholar.id, MEMORY_LINES);
        const players = await Promise.all(
          feelings
            .filter((feeling) => feeling.subjectKind === 'player')
            .map((feeling) => this.campaigns.findPlayerById(feeling.subjectId)),
        );
        return {
          embeds: [
            scholarEmbed(scholar, employer?.displayName ?? null, {
              feelings,
              facts,
              players: players.filter((player) => player !== null),
            }),
          ],
        };
      },
      { ephemeral: true },
    );
  }

  @SlashCommand({ name: 'gazette', description: 'Recent headlines, or one press release in full' })
  async gazette(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: GazetteOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { campaign } = await this.campaigns.enter(actor);
        if (options.number !== undefined && options.number !== null) {
          if (!Number.isSafeInteger(options.number) || options.number < 1) {
            throw new InvalidOptionError(
              'number',
              'A press number is a whole number from 1 up. Use /gazette without a number to see the latest.',
            );
          }
          const item = await this.press.findByNumber(campaign.id, options.number);
          if (!item) {
            throw new PressNotFoundError(options.number);
          }
          const base = this.config.publicBaseUrl;
          const url = base ? `${base}/archive/${campaign.guildId}/press/${item.number}` : null;
          return { embeds: [pressPageEmbed(item, url)] };
        }
        const recent = await this.press.findRecent(
          campaign.id,
          this.config.game.gazette.recentHeadlines,
        );
        const next = this.nextEdition(campaign);
        return { embeds: [gazetteEmbed(campaign, recent, next, this.config.publicBaseUrl)] };
      },
      { ephemeral: true },
    );
  }

  private nextEdition(campaign: Campaign): Date {
    return nextScheduledSlot(
      this.clock.now(),
      digestTimesOf(campaign, this.config.schedule.gazetteTimes),
      campaign.timeZone,
    );
  }
}
