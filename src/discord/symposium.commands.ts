import { Injectable, UseFilters, UseInterceptors } from '@nestjs/common';
import type { APIEmbed } from 'discord.js';
import { Context, Options, SlashCommand, StringOption, type SlashCommandContext } from 'necord';
import {
  STANCE_LABELS,
  SYMPOSIUM_STANCES,
  type SymposiumStance,
} from '../symposium/symposium-rules';
import { SymposiumService, type SymposiumOverview } from '../symposium/symposium.service';
import { quotePlayerText } from '../narration/template-text';
import { actorFrom } from './actor-from';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { DiscordExceptionFilter } from './discord-exception.filter';
import { replyInTime } from './interaction-reply';

const INK = 0x2f5d8a;

export class ProposeOptions {
  @StringOption({
    name: 'topic',
    description: 'The question the Academy should debate, in up to 200 characters',
    required: true,
    max_length: 200,
  })
  topic: string;
}

export class VoteOptions {
  @StringOption({
    name: 'stance',
    description: 'Your stance on the open topic; you may change it until the symposium closes',
    required: true,
    choices: SYMPOSIUM_STANCES.map((value) => ({ name: STANCE_LABELS[value], value })),
  })
  stance: SymposiumStance;
}

/** The weekly symposium: propose topics, vote, and read where things stand. */
@Injectable()
@UseFilters(DiscordExceptionFilter)
@UseInterceptors(CommandMetricsInterceptor)
export class SymposiumCommands {
  constructor(private readonly symposium: SymposiumService) {}

  @SlashCommand({
    name: 'symposium_propose',
    description: 'Propose a topic for the weekly symposium',
  })
  async propose(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: ProposeOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const topic = await this.symposium.proposeTopic(actor, { title: options.topic });
        return {
          content: `Your proposal is on the list: “${quotePlayerText(topic.title)}”. The best-placed proposal is called at the weekly symposium.`,
        };
      },
      { ephemeral: true },
    );
  }

  @SlashCommand({ name: 'symposium_vote', description: 'Vote on the open symposium topic' })
  async vote(
    @Context() [interaction]: SlashCommandContext,
    @Options() options: VoteOptions,
  ): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => {
        const { topic, changedFrom } = await this.symposium.vote(actor, options.stance);
        const stance = STANCE_LABELS[options.stance];
        const change =
          changedFrom && changedFrom !== options.stance
            ? ` (changed from ${STANCE_LABELS[changedFrom]})`
            : '';
        return {
          content: `Recorded: **${stance}**${change} on “${quotePlayerText(topic.title)}”. Voters keep their pledge.`,
        };
      },
      { ephemeral: true },
    );
  }

  @SlashCommand({
    name: 'symposium_status',
    description: 'The open topic, its votes and your pledge',
  })
  async status(@Context() [interaction]: SlashCommandContext): Promise<void> {
    const actor = actorFrom(interaction);

    await replyInTime(
      interaction,
      async () => ({ embeds: [symposiumEmbed(await this.symposium.overview(actor))] }),
      { ephemeral: true },
    );
  }
}

function symposiumEmbed(overview: SymposiumOverview): APIEmbed {
  const seconds = Math.floor(overview.nextCallAt.getTime() / 1000);
  const tally = SYMPOSIUM_STANCES.map(
    (stance) => `${STANCE_LABELS[stance]}: ${overview.counts[stance]}`,
  ).join(' · ');
  const pending =
    overview.pending
      .map((topic) => `• ${quotePlayerText(topic.title)}`)
      .join('\n')
      .slice(0, 1024) || 'None. Propose one with /symposium_propose.';
  const own = overview.ownStance ? STANCE_LABELS[overview.ownStance] : 'not voted yet';

  return {
    title: 'The Symposium',
    color: INK,
    description: overview.topic
      ? `Open topic: “${quotePlayerText(overview.topic.title)}”\n${tally}`
      : 'No topic is open yet.',
    fields: [
      { name: 'Your vote', value: own, inline: true },
      { name: 'Closes / next call', value: `<t:${seconds}:F>`, inline: true },
      {
        name: 'Your pledge if silent',
        value: `${overview.nextPledge} influence from your largest holding`,
        inline: true,
      },
      {
        name: 'Symposium debt',
        value: `${overview.debt} (missed in a row: ${overview.missStreak})`,
        inline: true,
      },
      { name: `Pending proposals (${overview.pending.length})`, value: pending },
    ],
  };
}
