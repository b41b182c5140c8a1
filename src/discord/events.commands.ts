import { Injectable, UseFilters, UseInterceptors } from '@nestjs/common';
import { AttachmentBuilder, MessageFlags } from 'discord.js';
import { Context, IntegerOption, Options, SlashCommand, type SlashCommandContext } from 'necord';
import { CampaignsService } from '../campaigns/campaigns.service';
import { InvalidOptionError } from '../common/game-error';
import { EventsService, toJsonLines } from '../events/events.service';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { NO_MENTIONS } from './interaction-reply';

/** Exports of more events than this defer first, so reading them cannot miss the 3-second ack. */
const DEFER_ABOVE_EVENTS = 2_000;
/** Discord's default upload limit is 10 MiB per file; stay under it. */
const MAX_EXPORT_BYTES = 8 * 1024 * 1024;

export class ExportLogOptions {
  @IntegerOption({ name: 'from_seq', description: 'First event number (default 1)', min_value: 1 })
  from_seq?: number;

  @IntegerOption({
    name: 'to_seq',
    description: 'Last event number (default: the latest)',
    min_value: 1,
  })
  to_seq?: number;
}

/** `/export_log`: the campaign's public event log as a JSON Lines file. */
@Injectable()
@UseFilters(DiscordExceptionFilter)
@UseInterceptors(CommandMetricsInterceptor)
export class EventsCommands {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly events: EventsService,
  ) {}

  @SlashCommand({
    name: 'export_log',
    description: "Download the campaign's event log (JSON Lines)",
  })
  async exportLog(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ExportLogOptions,
  ): Promise<void> {
    const { guildId } = actorFrom(interaction);
    const campaign = await this.campaigns.findCampaignOrFail(guildId);
    const fromSeq = options.from_seq ?? 1;
    const toSeq = options.to_seq ?? campaign.nextEventSeq - 1;
    const lastSeq = campaign.nextEventSeq - 1;
    if (options.to_seq === null || options.to_seq === undefined) {
      if (fromSeq > lastSeq) {
        throw new InvalidOptionError(
          'from_seq',
          `The log has ${lastSeq} events, so from_seq must be ${lastSeq} or less.`,
        );
      }
    } else if (toSeq < fromSeq) {
      throw new InvalidOptionError(
        'to_seq',
        `to_seq (${toSeq}) is before from_seq (${fromSeq}). Give a range that runs forward.`,
      );
    }

    const count = await this.events.countRange(campaign.id, fromSeq, toSeq);
    if (count > DEFER_ABOVE_EVENTS) {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    }
    const text = toJsonLines(await this.events.findRange(campaign.id, fromSeq, toSeq));
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length > MAX_EXPORT_BYTES) {
      throw new InvalidOptionError(
        'to_seq',
        `Those ${count} events make a file over 8 MiB. Export a narrower range with from_seq and to_seq.`,
      );
    }
    const file = new AttachmentBuilder(bytes, {
      name: `great-work-log-${fromSeq}-${toSeq}.jsonl`,
    });
    const content = `${count} event(s), numbers ${fromSeq} to ${toSeq}, one JSON object per line.`;

    if (interaction.deferred) {
      await interaction.editReply({ content, files: [file], allowedMentions: NO_MENTIONS });
      return;
    }
    await interaction.reply({
      content,
      files: [file],
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  }
}
