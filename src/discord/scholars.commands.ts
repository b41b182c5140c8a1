import { Injectable, UseFilters, UseInterceptors } from '@nestjs/common';
import type { APIEmbed } from 'discord.js';
import {
  Context,
  IntegerOption,
  Options,
  SlashCommand,
  StringOption,
  type SlashCommandContext,
} from 'necord';
import { pressEmbed } from '../gazette/gazette-layout';
import { MentorshipService } from '../scholars/mentorship.service';
import {
  MAX_OFFER,
  MAX_TERMS_LENGTH,
  MIN_OFFER,
  PoachingService,
} from '../scholars/poaching.service';
import { RecruitmentService, type RecruitmentQuote } from '../scholars/recruitment.service';
import { FACTIONS, type Faction } from '../scholars/scholar-profile';
import { CAREER_TRACKS, type CareerTrack } from '../scholars/scholar-rules';
import { quotePlayerText } from '../narration/template-text';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';
import { ScholarAutocompleteInterceptor } from './theories.commands';

const INK = 0x2b2d42;
const factionChoices = FACTIONS.map((value) => ({ name: value, value }));
const trackChoices = (Object.keys(CAREER_TRACKS) as CareerTrack[]).map((value) => ({
  name: `${value} (${CAREER_TRACKS[value].slice(1).join(' → ')})`,
  value,
}));

function scholarOption(description: string) {
  return StringOption({
    name: 'scholar',
    description,
    required: true,
    autocomplete: true,
    max_length: 100,
  });
}

function factionOption(description: string) {
  return StringOption({ name: 'faction', description, required: true, choices: factionChoices });
}

function amountOption(description: string) {
  return IntegerOption({
    name: 'amount',
    description,
    required: true,
    min_value: MIN_OFFER,
    max_value: MAX_OFFER,
  });
}

export class RecruitOptions {
  @scholarOption('An unaffiliated scholar')
  scholar: string;

  @factionOption('The faction whose influence backs your invitation')
  faction: Faction;
}

export class PoachOptions {
  @scholarOption("Another lead's scholar")
  scholar: string;

  @factionOption('The faction whose influence you offer')
  faction: Faction;

  @amountOption('Influence offered, escrowed now and refunded if the offer loses')
  amount: number;

  @StringOption({
    name: 'terms',
    description: `What you promise the scholar, in up to ${MAX_TERMS_LENGTH} characters`,
    required: true,
    max_length: MAX_TERMS_LENGTH,
  })
  terms: string;
}

export class CounterOptions {
  @scholarOption('Your scholar who has received offers')
  scholar: string;

  @factionOption('The faction whose influence you put up')
  faction: Faction;

  @amountOption('Influence escrowed to keep the scholar; spent if they stay')
  amount: number;
}

export class MentorOptions {
  @scholarOption('One of your scholars')
  scholar: string;
}

export class AssignLabOptions {
  @scholarOption('One of your junior scholars')
  scholar: string;

  @StringOption({
    name: 'track',
    description: 'The career track and its titles',
    required: true,
    choices: trackChoices,
  })
  track: CareerTrack;
}

function percent(chance: number): string {
  return `${Math.round(chance * 100)}%`;
}

function oddsEmbed(quote: RecruitmentQuote): APIEmbed {
  const lines = [
    `Chance: **${percent(quote.chance)}** (between 5% and 95%)`,
    `Base 60%${quote.isCooldownActive ? ', halved by your stake-my-career cooldown' : ''}`,
    `${quote.faction} influence ${quote.influence}: +${percent(0.05 * quote.influence)}`,
    `Relationship (feeling ${quote.feeling.toFixed(1)}${quote.wasMentored ? ', mentored by you' : ''}): ${percent(quote.relationship)}`,
  ];

  return {
    title: `Odds of recruiting ${quote.scholar.name}`,
    color: INK,
    description: lines.join('\n'),
    footer: { text: 'Nothing changed. /recruit rolls for real; success +2 feeling, failure −1.' },
  };
}

/** Recruitment, poaching, counters and mentorship; every accepted move is public. */
@Injectable()
@UseFilters(DiscordExceptionFilter)
@UseInterceptors(CommandMetricsInterceptor)
export class ScholarsCommands {
  constructor(
    private readonly recruitment: RecruitmentService,
    private readonly poaching: PoachingService,
    private readonly mentorship: MentorshipService,
  ) {}

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({ name: 'recruit', description: 'Invite an unaffiliated scholar to join you' })
  async recruit(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: RecruitOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const result = await this.recruitment.recruit(actor, options.scholar, options.faction);
        return { embeds: [pressEmbed(result.press)] };
      },
      { ephemeral: false },
    );
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({
    name: 'recruit_odds',
    description: 'Show your chance of recruiting a scholar, changing nothing',
  })
  async recruitOdds(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: RecruitOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const quote = await this.recruitment.quote(actor, options.scholar, options.faction);
        return { embeds: [oddsEmbed(quote)] };
      },
      { ephemeral: true },
    );
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({
    name: 'poach',
    description: "Offer influence to another lead's scholar; decided a day later",
  })
  async poach(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: PoachOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { press } = await this.poaching.poach(
          actor,
          options.scholar,
          options.faction,
          options.amount,
          options.terms,
        );
        return { embeds: [pressEmbed(press)] };
      },
      { ephemeral: false },
    );
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({ name: 'counter', description: 'Counter the offers made for your scholar' })
  async counter(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: CounterOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const press = await this.poaching.counter(
          actor,
          options.scholar,
          options.faction,
          options.amount,
        );
        return { embeds: [pressEmbed(press)] };
      },
      { ephemeral: false },
    );
  }

  @SlashCommand({ name: 'offers', description: 'Open poaching offers in this campaign' })
  async offers(@Context() [interaction]: SlashCommandContext): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { offers, names } = await this.poaching.listOpen(actor);
        const lines = offers.map((offer) => {
          const counter =
            offer.counterAmount !== null
              ? `; countered with ${offer.counterAmount} ${offer.counterFaction}`
              : '';
          const decided = Math.floor(offer.decideAfter.getTime() / 1000);
          return `**${names.get(-offer.scholarId) ?? 'A scholar'}**: ${quotePlayerText(names.get(offer.rivalId) ?? 'a rival')} offers ${offer.amount} ${offer.faction}${counter}; decided at the first digest after <t:${decided}:f>`;
        });
        return {
          embeds: [
            {
              title: 'Open offers',
              color: INK,
              description: (lines.join('\n') || 'No open offers.').slice(0, 4096),
            },
          ],
        };
      },
      { ephemeral: true },
    );
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({ name: 'mentor', description: 'Mentor one of your scholars; one at a time' })
  async mentor(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: MentorOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => ({ embeds: [pressEmbed(await this.mentorship.mentor(actor, options.scholar))] }),
      { ephemeral: false },
    );
  }

  @UseInterceptors(ScholarAutocompleteInterceptor)
  @SlashCommand({ name: 'assign_lab', description: 'Move one of your juniors to a career track' })
  async assignLab(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: AssignLabOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => ({
        embeds: [
          pressEmbed(await this.mentorship.assignLab(actor, options.scholar, options.track)),
        ],
      }),
      { ephemeral: false },
    );
  }
}
