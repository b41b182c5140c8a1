import { Injectable, Logger, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import {
  ChannelType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
} from 'discord.js';
import {
  ChannelOption,
  Context,
  createCommandGroupDecorator,
  IntegerOption,
  Options,
  StringOption,
  Subcommand,
  UserOption,
  type SlashCommandContext,
} from 'necord';
import type { User } from 'discord.js';
import { CampaignsService } from '../campaigns/campaigns.service';
import { CampaignAdminService, type AdjustTarget } from '../events/campaign-admin.service';
import { GazetteDeliveryService } from '../gazette/gazette-delivery.service';
import { GazetteService } from '../gazette/gazette.service';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';
import { FACTIONS } from '../scholars/scholar-profile';
import { ManageGuildGuard } from './manage-guild.guard';

/** Channel names used when an admin runs setup without choosing channels. */
const DEFAULT_CHANNEL_NAMES = { gazette: 'gazette', tableTalk: 'table-talk', admin: 'admin' };

const AdminCommand = createCommandGroupDecorator({
  name: 'gw_admin',
  description: 'Run the campaign (needs Manage Server)',
  defaultMemberPermissions: PermissionFlagsBits.ManageGuild,
  dmPermission: false,
});

export class SetupOptions {
  @ChannelOption({
    name: 'gazette',
    description: 'Where the Gazette is posted (default: #gazette)',
    channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
  })
  gazette?: GuildBasedChannel;

  @ChannelOption({
    name: 'table_talk',
    description: 'Where scholars gossip (default: #table-talk)',
    channel_types: [ChannelType.GuildText],
  })
  table_talk?: GuildBasedChannel;

  @ChannelOption({
    name: 'admin',
    description: 'Where admin notices go (default: #admin)',
    channel_types: [ChannelType.GuildText],
  })
  admin?: GuildBasedChannel;
}

export class AdjustOptions {
  @UserOption({ name: 'player', description: 'The player to adjust', required: true })
  player: User;

  @StringOption({
    name: 'target',
    description: 'Reputation, or the faction whose influence changes',
    required: true,
    choices: ['reputation', ...FACTIONS].map((value) => ({ name: value, value })),
  })
  target: AdjustTarget;

  @IntegerOption({
    name: 'amount',
    description: 'Change, from −100 to +100; results are clamped to the game limits',
    required: true,
    min_value: -100,
    max_value: 100,
  })
  amount: number;

  @StringOption({
    name: 'reason',
    description: 'Public reason, printed in the Gazette (5 to 300 characters)',
    required: true,
    max_length: 300,
  })
  reason: string;
}

export class ScheduleOptions {
  @StringOption({
    name: 'time_zone',
    description: 'IANA time zone for digests and the symposium, such as Europe/Paris',
    required: true,
    max_length: 64,
  })
  time_zone: string;
}

@Injectable()
@AdminCommand()
@UseFilters(DiscordExceptionFilter)
@UseInterceptors(CommandMetricsInterceptor)
@UseGuards(ManageGuildGuard)
export class AdminCommands {
  private readonly logger = new Logger(AdminCommands.name);

  constructor(
    private readonly campaigns: CampaignsService,
    private readonly gazette: GazetteService,
    private readonly delivery: GazetteDeliveryService,
    private readonly admin: CampaignAdminService,
  ) {}

  @Subcommand({ name: 'setup', description: 'Choose the gazette, table-talk and admin channels' })
  async setup(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: SetupOptions,
  ): Promise<void> {
    const { guildId } = actorFrom(interaction);
    const channels = {
      gazetteChannelId:
        options.gazette?.id ?? findChannelId(interaction, DEFAULT_CHANNEL_NAMES.gazette),
      tableTalkChannelId:
        options.table_talk?.id ?? findChannelId(interaction, DEFAULT_CHANNEL_NAMES.tableTalk),
      adminChannelId: options.admin?.id ?? findChannelId(interaction, DEFAULT_CHANNEL_NAMES.admin),
    };

    await replyInTime(
      interaction,
      async () => {
        await this.campaigns.setChannels(guildId, channels, interaction.user.id);
        const show = (id: string | null) => (id ? `<#${id}>` : 'not set');
        const lines = [
          `Gazette: ${show(channels.gazetteChannelId)}`,
          `Table talk: ${show(channels.tableTalkChannelId)}`,
          `Admin: ${show(channels.adminChannelId)}`,
        ];
        if (!channels.gazetteChannelId) {
          lines.push(
            'No gazette channel: editions are kept in the archive (/gazette) but not posted. Create #gazette or pick a channel.',
          );
        }
        return { content: `Campaign channels saved.\n${lines.join('\n')}` };
      },
      { ephemeral: true },
    );
  }

  @Subcommand({ name: 'digest_now', description: 'Publish a Gazette edition now' })
  async digestNow(@Context() [interaction]: SlashCommandContext): Promise<void> {
    const { guildId } = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        await this.campaigns.setChannelsIfUnset(guildId, {
          gazetteChannelId: findChannelId(interaction, DEFAULT_CHANNEL_NAMES.gazette),
          tableTalkChannelId: findChannelId(interaction, DEFAULT_CHANNEL_NAMES.tableTalk),
          adminChannelId: findChannelId(interaction, DEFAULT_CHANNEL_NAMES.admin),
        });
        await this.admin.recordDigestNow(actorFrom(interaction));
        const result = await this.gazette.publishExtraEdition(guildId);
        if (!result) {
          return {
            content: 'An edition was published a moment ago; nothing new was posted.',
          };
        }
        this.delivery.deliverDue().catch((error: Error) => {
          this.logger.error({ message: 'gazette delivery failed', guildId, error: error.stack });
        });
        const posted =
          result.messageCount > 0
            ? `${result.messageCount} message(s) are on their way to the gazette channel.`
            : 'No gazette channel is set, so it is only in the archive. Run /gw_admin setup.';
        return {
          content: `Edition of year ${result.edition.year} published with ${result.items.length} item(s). ${posted}`,
        };
      },
      { ephemeral: true },
    );
  }

  @Subcommand({
    name: 'pause',
    description: 'Pause the campaign: player moves are rejected and digests wait',
  })
  async pause(@Context() [interaction]: SlashCommandContext): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const changed = await this.admin.setPaused(actor, true);
        return {
          content: changed
            ? 'The campaign is paused. Player moves are refused and digests wait until /gw_admin resume.'
            : 'The campaign was already paused.',
        };
      },
      { ephemeral: false },
    );
  }

  @Subcommand({ name: 'resume', description: 'Resume a paused campaign and catch up its digests' })
  async resume(@Context() [interaction]: SlashCommandContext): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const changed = await this.admin.setPaused(actor, false);
        if (!changed) {
          return { content: 'The campaign is not paused.' };
        }
        const campaign = await this.campaigns.findCampaignOrFail(actor.guildId);
        const caughtUp = (await this.gazette.publishDueEditions()).filter(
          (result) => result.edition.campaignId === campaign.id,
        );
        this.delivery.deliverDue().catch((error: Error) => {
          this.logger.error({
            message: 'gazette delivery failed',
            guildId: actor.guildId,
            error: error.stack,
          });
        });
        return {
          content: `The campaign has resumed; ${caughtUp.length} held edition(s) were published.`,
        };
      },
      { ephemeral: false },
    );
  }

  @Subcommand({
    name: 'adjust',
    description: "Change a player's reputation or influence, with a public reason",
  })
  async adjust(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: AdjustOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const result = await this.admin.adjust(actor, options.player.id, {
          target: options.target,
          amount: options.amount,
          reason: options.reason,
        });
        return {
          content: `${result.player.displayName}: ${result.target} ${result.before} → ${result.after}. Announced as Gazette Note No. ${result.note.number}.`,
        };
      },
      { ephemeral: true },
    );
  }

  @Subcommand({ name: 'set_schedule', description: "Set the campaign's time zone" })
  async setSchedule(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ScheduleOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const campaign = await this.admin.setTimeZone(actor, options.time_zone);
        return {
          content: `Digests and the weekly symposium now follow ${campaign.timeZone}. Digest times themselves are set for every campaign by the operator.`,
        };
      },
      { ephemeral: true },
    );
  }
}

function findChannelId(interaction: ChatInputCommandInteraction, name: string): string | null {
  const channel = interaction.guild?.channels.cache.find(
    (candidate) => candidate.name === name && candidate.isTextBased(),
  );

  return channel?.id ?? null;
}
