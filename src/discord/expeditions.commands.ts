import { Injectable, UseFilters, UseInterceptors } from '@nestjs/common';
import type { AutocompleteInteraction } from 'discord.js';
import {
  AutocompleteInterceptor,
  Context,
  Options,
  SlashCommand,
  StringOption,
  type SlashCommandContext,
} from 'necord';
import { CampaignsService } from '../campaigns/campaigns.service';
import { pressEmbed } from '../gazette/gazette-layout';
import { ScholarsService } from '../scholars/scholars.service';
import { DISCIPLINES, FACTIONS, type Discipline, type Faction } from '../scholars/scholar-profile';
import { CONFIDENCES, CONFIDENCE_LABELS, type Confidence } from '../theories/confidence';
import {
  DEPTHS,
  EXPEDITION_TYPES,
  EXPEDITION_TYPE_LABELS,
  type Depth,
  type ExpeditionType,
} from '../expeditions/expedition-rules';
import { ExpeditionsService } from '../expeditions/expeditions.service';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';
import { scholarChoice, theoryChoice } from './presenters';

const TEAM_OPTIONS = ['team1', 'team2', 'team3', 'team4'] as const;
const FUNDING_OPTIONS = ['funding1', 'funding2', 'funding3'] as const;
const SUPPORTER_OPTIONS = ['supporter1', 'supporter2', 'supporter3'] as const;
const OPPOSITION_OPTIONS = ['opponent1', 'opponent2', 'opponent3'] as const;
const THEORY_OPTION = 'theory';

const confidenceChoices = CONFIDENCES.map((value) => ({ name: CONFIDENCE_LABELS[value], value }));
const factionChoices = FACTIONS.map((value) => ({ name: value, value }));

function teamOption(index: number, required: boolean) {
  return StringOption({
    name: `team${index}`,
    description: index === 1 ? 'Lead scholar: yours or unaffiliated' : 'Another team scholar',
    required,
    autocomplete: true,
    max_length: 100,
  });
}

function fundingOption(index: number) {
  return StringOption({
    name: `funding${index}`,
    description: 'A faction funding the expedition',
    choices: factionChoices,
  });
}

function scholarOption(name: string, description: string) {
  return StringOption({ name, description, autocomplete: true, max_length: 100 });
}

export class LaunchExpeditionOptions {
  @StringOption({
    name: 'type',
    description: 'Think tank (reputation −5+), field (0+) or great project (+10+)',
    required: true,
    choices: EXPEDITION_TYPES.map((value) => ({ name: EXPEDITION_TYPE_LABELS[value], value })),
  })
  type: ExpeditionType;

  @StringOption({
    name: 'objective',
    description: 'What the expedition sets out to find, in up to 300 characters',
    required: true,
    max_length: 300,
  })
  objective: string;

  @teamOption(1, true)
  team1: string;

  @StringOption({
    name: 'discipline',
    description: 'The discipline of the work; team scholars of it add expertise',
    required: true,
    choices: DISCIPLINES.map((value) => ({ name: value, value })),
  })
  discipline: Discipline;

  @StringOption({
    name: 'depth',
    description: 'Preparation: standard +1 academia, deep +2 (default shallow)',
    choices: DEPTHS.map((value) => ({ name: value, value })),
  })
  depth?: Depth;

  @StringOption({
    name: THEORY_OPTION,
    description: 'One of your open theories to test',
    autocomplete: true,
    max_length: 100,
  })
  theory?: string;

  @StringOption({
    name: 'confidence',
    description: 'Your wager when no theory is tested',
    choices: confidenceChoices,
  })
  confidence?: Confidence;

  @teamOption(2, false)
  team2?: string;

  @teamOption(3, false)
  team3?: string;

  @teamOption(4, false)
  team4?: string;

  @fundingOption(1)
  funding1?: Faction;

  @fundingOption(2)
  funding2?: Faction;

  @fundingOption(3)
  funding3?: Faction;
}

export class ConferenceOptions {
  @StringOption({
    name: THEORY_OPTION,
    description: 'One of your open theories to put before the conference',
    required: true,
    autocomplete: true,
    max_length: 100,
  })
  theory: string;

  @scholarOption('supporter1', 'A scholar speaking for the theory')
  supporter1?: string;

  @scholarOption('supporter2', 'A second supporter')
  supporter2?: string;

  @scholarOption('supporter3', 'A third supporter')
  supporter3?: string;

  @scholarOption('opponent1', 'A scholar speaking against it')
  opponent1?: string;

  @scholarOption('opponent2', 'A second opponent')
  opponent2?: string;

  @scholarOption('opponent3', 'A third opponent')
  opponent3?: string;
}

export class ChallengeOptions {
  @StringOption({
    name: THEORY_OPTION,
    description: "A rival's open theory to wager against",
    required: true,
    autocomplete: true,
    max_length: 100,
  })
  theory: string;

  @StringOption({
    name: 'confidence',
    description: 'Your wager: you collect its reward if the theory is refuted',
    required: true,
    choices: confidenceChoices,
  })
  confidence: Confidence;
}

/** Picks the filled values of the named options, in order. */
function filled<T extends string>(
  options: Partial<Record<string, unknown>>,
  names: readonly string[],
): T[] {
  return names
    .map((name) => options[name])
    .filter((value): value is T => typeof value === 'string' && value.trim() !== '');
}

/**
 * Suggests theories for the `theory` option (the player's own, or rivals' for /challenge) and
 * scholars for every other option.
 */
@Injectable()
export class ExpeditionAutocompleteInterceptor extends AutocompleteInterceptor {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly scholars: ScholarsService,
    private readonly expeditions: ExpeditionsService,
  ) {
    super();
  }

  async transformOptions(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value);
    if (!interaction.guildId) {
      await interaction.respond([]);
      return;
    }
    const actor = actorFrom(interaction);
    if (focused.name === THEORY_OPTION) {
      const scope = interaction.commandName === 'challenge' ? 'rivals' : 'own';
      const theories = await this.expeditions.suggestTheories(actor, typed, scope);
      await interaction.respond(theories.map((theory) => theoryChoice(theory)));
      return;
    }
    const campaign = await this.campaigns.findCampaign(actor.guildId);
    const matches = campaign ? await this.scholars.suggest(campaign.id, typed) : [];
    await interaction.respond(matches.map((scholar) => scholarChoice(scholar)));
  }
}

/** Expedition orders, conferences and challenges; every accepted order replies in public. */
@Injectable()
@UseFilters(DiscordExceptionFilter)
@UseInterceptors(CommandMetricsInterceptor)
export class ExpeditionsCommands {
  constructor(private readonly expeditions: ExpeditionsService) {}

  @UseInterceptors(ExpeditionAutocompleteInterceptor)
  @SlashCommand({
    name: 'launch_expedition',
    description: 'Launch an expedition; it resolves at the next Gazette',
  })
  async launchExpedition(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: LaunchExpeditionOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { press } = await this.expeditions.launchExpedition(actor, {
          type: options.type,
          objective: options.objective,
          theory: options.theory ?? undefined,
          team: filled(options as unknown as Record<string, unknown>, TEAM_OPTIONS),
          discipline: options.discipline,
          depth: options.depth ?? undefined,
          fundingFactions: filled<Faction>(
            options as unknown as Record<string, unknown>,
            FUNDING_OPTIONS,
          ),
          confidence: options.confidence ?? undefined,
        });
        return { embeds: [pressEmbed(press)] };
      },
      { ephemeral: false },
    );
  }

  @UseInterceptors(ExpeditionAutocompleteInterceptor)
  @SlashCommand({
    name: 'conference',
    description: 'Call a conference to judge one of your open theories at the next Gazette',
  })
  async conference(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ConferenceOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);
    const values = options as unknown as Record<string, unknown>;

    await replyInTime(
      interaction,
      async () => {
        const { press } = await this.expeditions.callConference(actor, {
          theory: options.theory,
          supporters: filled(values, SUPPORTER_OPTIONS),
          opposition: filled(values, OPPOSITION_OPTIONS),
        });
        return { embeds: [pressEmbed(press)] };
      },
      { ephemeral: false },
    );
  }

  @UseInterceptors(ExpeditionAutocompleteInterceptor)
  @SlashCommand({
    name: 'challenge',
    description: "Wager against a rival's open theory before its deadline",
  })
  async challenge(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ChallengeOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { press } = await this.expeditions.challengeTheory(actor, {
          theory: options.theory,
          confidence: options.confidence,
        });
        return { embeds: [pressEmbed(press)] };
      },
      { ephemeral: false },
    );
  }
}
