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
import { influenceSoftCap, REPUTATION_MAX, REPUTATION_MIN } from '../campaigns/influence';
import {
  CampaignAdminService,
  listTimes,
  type Adjustment,
  type AdjustTarget,
} from '../events/campaign-admin.service';
import { OrdersAdminService } from '../events/orders-admin.service';
import { describeAmounts } from '../expeditions/expeditions.service';
import { GazetteDeliveryService } from '../gazette/gazette-delivery.service';
import { GazetteService } from '../gazette/gazette.service';
import { formatSigned, quotePlayerText } from '../narration/template-text';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';
import { FACTIONS } from '../scholars/scholar-profile';
import { ManageGuildGuard } from './manage-guild.guard';
import { ScholarAutocompleteInterceptor } from './theories.commands';

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
    required: false,
    max_length: 64,
  })
  time_zone?: string;

  @StringOption({
    name: 'digest_times',
    description: 'Up to 4 daily times such as 08:00, 20:00, or "default" for the server defaults',
    required: false,
    max_length: 40,
  })
  digest_times?: string;
}

export class CancelOrderOptions {
  @StringOption({
    name: 'code',
    description: 'Code of the queued order, as /gw_admin orders lists it (EX-0001, CF-3, PO-7)',
    required: true,
    max_length: 16,
  })
  code: string;
}

export class ScholarChoiceOptions {
  @StringOption({
    name: 'name',
    description: 'The scholar',
    required: true,
    autocomplete: true,
    max_length: 100,
  })
  name: string;
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
    private readonly orders: OrdersAdminService,
  ) {}

  @Subcommand({ name: 'orders', description: 'List queued orders with their codes' })
  async listOrders(@Context() [interaction]: SlashCommandContext): Promise<void> {
    const { guildId } = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const queued = await this.orders.listOrders(guildId);
        if (queued.length === 0) {
          return { content: 'No orders are waiting for a digest.' };
        }
        const lines = queued
          .slice(0, 40)
          .map((order) => `${order.code}: ${order.summary}, cost ${describeAmounts(order.cost)}`);
        const more = queued.length > 40 ? `\n…and ${queued.length - 40} more.` : '';
        return { content: `${lines.join('\n')}${more}` };
      },
      { ephemeral: true },
    );
  }

  @Subcommand({
    name: 'cancel_order',
    description: 'Cancel a queued order before its digest and refund what it cost',
  })
  async cancelOrder(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: CancelOrderOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { order, note } = await this.orders.cancelOrder(actor, options.code);
        return {
          content: `${order.code} cancelled; ${order.playerName} is refunded ${describeAmounts(order.cost)}. Announced as Gazette Note No. ${note.number}.`,
        };
      },
      { ephemeral: true },
    );
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @Subcommand({ name: 'scholar_pin', description: 'Keep a scholar on the roster for good' })
  async pinScholar(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ScholarChoiceOptions,
  ): Promise<void> {
    await this.changeScholarStatus(interaction, options.name, 'pinned');
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @Subcommand({
    name: 'scholar_retire',
    description: 'Retire a scholar: they leave the roster and their employer',
  })
  async retireScholar(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ScholarChoiceOptions,
  ): Promise<void> {
    await this.changeScholarStatus(interaction, options.name, 'retired');
  }

  private async changeScholarStatus(
    interaction: ChatInputCommandInteraction,
    choice: string,
    status: 'pinned' | 'retired',
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { scholar, note } = await this.orders.setScholarStatus(actor, choice, status);
        return {
          content: `${scholar.name} is now ${status}. Announced as Gazette Note No. ${note.number}.`,
        };
      },
      { ephemeral: true },
    );
  }

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
          content:
            caughtUp.length === 0
              ? 'The campaign has resumed; no edition fell due during the recess.'
              : `The campaign has resumed; ${caughtUp.length} held edition(s) were published.`,
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
        const requested = result.before + options.amount;
        const limit =
          result.after === requested
            ? ''
            : ` It stopped at ${result.after} rather than ${requested}: ${limitReason(result, options.amount)}.`;
        return {
          content: `${quotePlayerText(result.player.displayName)}: ${result.target} ${result.before} → ${result.after}.${limit} Announced as Gazette Note No. ${result.note.number}.`,
        };
      },
      { ephemeral: true },
    );
  }

  @Subcommand({
    name: 'set_schedule',
    description: "Set the campaign's time zone, digest times, or both",
  })
  async setSchedule(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ScheduleOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { campaign, digestTimes } = await this.admin.setSchedule(actor, {
          // Necord passes null for an option left out. The service reads undefined as unchanged.
          timeZone: options.time_zone ?? undefined,
          digestTimes: options.digest_times ?? undefined,
        });
        return {
          content: `The Gazette now goes to press at ${listTimes(digestTimes)} ${campaign.timeZone}, and the weekly symposium follows ${campaign.timeZone}. Announced in the Gazette.`,
        };
      },
      { ephemeral: true },
    );
  }
}

/** Says which bound held an adjustment back: reputation's range, zero or the soft cap. */
function limitReason(result: Adjustment, amount: number): string {
  if (result.target === 'reputation') {
    return `reputation runs from ${formatSigned(REPUTATION_MIN)} to ${formatSigned(REPUTATION_MAX)}`;
  }
  if (amount < 0) {
    return 'influence cannot fall below 0';
  }

  return `influence gains stop at the soft cap, ${influenceSoftCap(result.player.reputation)} at this reputation`;
}

function findChannelId(interaction: ChatInputCommandInteraction, name: string): string | null {
  const channel = interaction.guild?.channels.cache.find(
    (candidate) => candidate.name === name && candidate.isTextBased(),
  );

  return channel?.id ?? null;
}
