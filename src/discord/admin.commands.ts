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
  Options,
  Subcommand,
  type SlashCommandContext,
} from 'necord';
import { CampaignsService } from '../campaigns/campaigns.service';
import { GazetteDeliveryService } from '../gazette/gazette-delivery.service';
import { GazetteService } from '../gazette/gazette.service';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';
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
        await this.campaigns.setChannels(guildId, channels);
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
        const result = await this.gazette.publishExtraEdition(guildId);
        if (!result) {
          return {
            content: 'An edition was already published this minute; nothing new was posted.',
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
}

function findChannelId(interaction: ChatInputCommandInteraction, name: string): string | null {
  const channel = interaction.guild?.channels.cache.find(
    (candidate) => candidate.name === name && candidate.isTextBased(),
  );

  return channel?.id ?? null;
}
