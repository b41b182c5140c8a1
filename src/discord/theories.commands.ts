import { Injectable, UseFilters, UseInterceptors } from '@nestjs/common';
import type { AutocompleteInteraction } from 'discord.js';
import {
  AutocompleteInterceptor,
  Context,
  IntegerOption,
  Options,
  SlashCommand,
  StringOption,
  type SlashCommandContext,
} from 'necord';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ScholarsService } from '../scholars/scholars.service';
import { CONFIDENCES, CONFIDENCE_LABELS, type Confidence } from '../theories/confidence';
import { TheoriesService } from '../theories/theories.service';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';
import { bulletinEmbed, scholarChoice, wagerEmbed } from './presenters';

const SUPPORTER_OPTIONS = ['supporter1', 'supporter2', 'supporter3'] as const;

export class SubmitTheoryOptions {
  @StringOption({
    name: 'claim',
    description: 'What you claim is true, in up to 1,000 characters',
    required: true,
    max_length: 1000,
  })
  claim: string;

  @StringOption({
    name: 'confidence',
    description: 'How much reputation you stake on it',
    required: true,
    choices: CONFIDENCES.map((value) => ({ name: CONFIDENCE_LABELS[value], value })),
  })
  confidence: Confidence;

  @StringOption({
    name: 'supporter1',
    description: 'A scholar who backs the claim',
    autocomplete: true,
  })
  supporter1?: string;

  @StringOption({
    name: 'supporter2',
    description: 'A second scholar who backs it',
    autocomplete: true,
  })
  supporter2?: string;

  @StringOption({
    name: 'supporter3',
    description: 'A third scholar who backs it',
    autocomplete: true,
  })
  supporter3?: string;

  @IntegerOption({
    name: 'deadline_days',
    description: 'Days until the theory lapses if untested (server default if left out)',
    min_value: 1,
    max_value: 365,
  })
  deadline_days?: number;
}

/** Suggests scholars of the campaign while a player types a supporter's name. */
@Injectable()
export class ScholarAutocompleteInterceptor extends AutocompleteInterceptor {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly scholars: ScholarsService,
  ) {
    super();
  }

  async transformOptions(interaction: AutocompleteInteraction): Promise<void> {
    const typed = String(interaction.options.getFocused());
    const campaign = interaction.guildId
      ? await this.campaigns.findCampaign(interaction.guildId)
      : null;
    if (!campaign) {
      await interaction.respond([]);
      return;
    }
    const matches = await this.scholars.suggest(campaign.id, typed);
    await interaction.respond(matches.map((scholar) => scholarChoice(scholar)));
  }
}

@Injectable()
@UseFilters(DiscordExceptionFilter)
@UseInterceptors(CommandMetricsInterceptor)
export class TheoriesCommands {
  constructor(private readonly theories: TheoriesService) {}

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({
    name: 'submit_theory',
    description: 'Publish a theory with a confidence wager as an Academic Bulletin',
  })
  async submitTheory(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: SubmitTheoryOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);
    const supporters = SUPPORTER_OPTIONS.map((name) => options[name]).filter(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );

    await replyInTime(
      interaction,
      async () => {
        const { bulletin } = await this.theories.submitTheory(actor, {
          claim: options.claim,
          confidence: options.confidence,
          supporters,
          deadlineDays: options.deadline_days ?? undefined,
        });
        return { embeds: [bulletinEmbed(bulletin)] };
      },
      { ephemeral: false },
    );
  }

  @SlashCommand({ name: 'wager', description: 'Show what each confidence level pays and costs' })
  async wager(@Context() [interaction]: SlashCommandContext): Promise<void> {
    await replyInTime(interaction, () => Promise.resolve({ embeds: [wagerEmbed()] }), {
      ephemeral: true,
    });
  }
}
