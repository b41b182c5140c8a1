import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { DateTime } from 'luxon';
import type { Campaign } from '../campaigns/campaign.entity';
import { influenceSoftCap } from '../campaigns/influence';
import type { Player } from '../campaigns/player.entity';
import { pressEmbed } from '../gazette/gazette-layout';
import { PRESS_TYPE_LABELS, type PressRelease } from '../gazette/press-release.entity';
import type { RememberedFeeling } from '../scholars/scholar-memory.service';
import type { ScholarFact } from '../scholars/scholar-memory.entity';
import type { Scholar } from '../scholars/scholar.entity';
import { truncateText } from '../narration/template-text';
import { FACTIONS } from '../scholars/scholar-profile';
import {
  CONFIDENCES,
  CONFIDENCE_LABELS,
  CONFIDENCE_TABLE,
  partialReward,
} from '../theories/confidence';
import type { Theory } from '../theories/theory.entity';

const INK = 0x2f5d8a;

/** Formats a reputation change with its sign, using a true minus sign. */
function signed(value: number): string {
  if (value > 0) {
    return `+${value}`;
  }
  if (value < 0) {
    return `−${Math.abs(value)}`;
  }

  return '0';
}

/** Discord renders `<t:seconds:F>` in each reader's own time zone. */
function discordTime(at: Date, style: 'F' | 'R' | 'f' = 'F'): string {
  return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}

export function bulletinEmbed(bulletin: PressRelease): APIEmbed {
  return pressEmbed(bulletin);
}

export function statusEmbed(
  campaign: Campaign,
  player: Player,
  openTheories: Theory[],
  nextEditionAt: Date,
): APIEmbed {
  const cap = influenceSoftCap(player.reputation);
  const influence = FACTIONS.map(
    (faction) => `${faction}: **${player.influence[faction]}** / ${cap}`,
  ).join('\n');
  const theories =
    openTheories
      .slice(0, 10)
      .map(
        (theory) =>
          `No. ${theory.bulletinNumber} · ${CONFIDENCE_LABELS[theory.confidence]} · due ${discordTime(theory.deadlineAt, 'R')}`,
      )
      .join('\n') || 'None open.';
  const fields = [
    { name: 'Reputation', value: `${signed(player.reputation)} (from −50 to +50)`, inline: true },
    { name: 'Year', value: String(campaign.currentYear), inline: true },
    { name: 'Next Gazette', value: discordTime(nextEditionAt, 'R'), inline: true },
    { name: `Influence (soft cap ${cap})`, value: influence },
    { name: `Open theories (${openTheories.length})`, value: truncateText(theories, 1024) },
  ];
  if (player.stakeCooldownDigests > 0) {
    fields.push({
      name: 'Recruitment',
      value: `Chances halved for ${player.stakeCooldownDigests} more digest(s) after a career stake.`,
    });
  }

  return { title: `Standing of ${escapeMarkdown(player.displayName)}`, color: INK, fields };
}

export function wagerEmbed(): APIEmbed {
  const rows = CONFIDENCES.map((confidence) => {
    const { vindicated, refuted } = CONFIDENCE_TABLE[confidence];
    return {
      name: CONFIDENCE_LABELS[confidence],
      value: `vindicated ${signed(vindicated)} · partial ${signed(partialReward(confidence))} · refuted ${signed(refuted)}`,
    };
  });

  return {
    title: 'The confidence wager',
    color: INK,
    description:
      'A theory stakes reputation on its confidence. It pays once, when the first of your expeditions or conferences tests it. Left untested past its deadline, it lapses for −1. After any stake-my-career result your recruitment chances are halved for the next 2 digests.',
    fields: rows,
  };
}

/** Memory of a scholar, as a profile shows it. */
export interface ScholarMemoryView {
  feelings: RememberedFeeling[];
  facts: ScholarFact[];
  /** Players the feelings name, for their display names. */
  players: Player[];
}

function memoryFields(memory: ScholarMemoryView): { name: string; value: string }[] {
  const names = new Map(memory.players.map((player) => [player.id, player.displayName]));
  const feelings = memory.feelings.map((feeling) => {
    const subject =
      feeling.subjectKind === 'player'
        ? (names.get(feeling.subjectId) ?? 'a departed lead')
        : `scholar #${feeling.subjectId}`;
    const scar = feeling.scarLevel !== null ? ` (scarred at ${feeling.scarLevel.toFixed(1)})` : '';
    return `${subject}: ${feeling.value.toFixed(1)}${scar}`;
  });
  const facts = memory.facts.map(
    (fact) => `${discordTime(fact.at, 'R')} · ${fact.type.replaceAll('_', ' ')}`,
  );

  return [
    { name: 'Strongest feelings', value: truncateText(feelings.join('\n') || 'None yet.', 1024) },
    { name: 'Remembers', value: truncateText(facts.join('\n') || 'Nothing of note yet.', 1024) },
  ];
}

export function scholarEmbed(
  scholar: Scholar,
  employerName: string | null,
  memory?: ScholarMemoryView,
): APIEmbed {
  const stats = Object.entries(scholar.stats)
    .map(([stat, value]) => `${stat} ${value}`)
    .join(' · ');
  const politics = FACTIONS.map(
    (faction) => `${faction} ${signed(scholar.politics[faction])}`,
  ).join(' · ');

  return {
    title: truncateText(`${scholar.name}, ${scholar.title}`, 256),
    color: INK,
    description: truncateText(`*"${scholar.catchphrase}"*`, 4096),
    fields: [
      { name: 'Archetype', value: scholar.archetype, inline: true },
      { name: 'Disciplines', value: scholar.disciplines.join(', '), inline: true },
      { name: 'Employer', value: employerName ?? 'Unaffiliated', inline: true },
      { name: 'Methods', value: scholar.methods.join(', ') },
      { name: 'Drives', value: truncateText(scholar.drives.join(', '), 1024), inline: true },
      { name: 'Virtues', value: truncateText(scholar.virtues.join(', '), 1024), inline: true },
      { name: 'Vice', value: truncateText(scholar.vice, 1024), inline: true },
      { name: 'Stats', value: stats },
      { name: 'Politics', value: politics },
      { name: 'Taboos', value: truncateText(scholar.taboos.join('; ') || 'None known.', 1024) },
      { name: 'Career', value: truncateText(scholar.career.join('\n'), 1024) },
      ...(memory ? memoryFields(memory) : []),
    ],
  };
}

/**
 * The latest headlines. With `archiveBaseUrl` (PUBLIC_BASE_URL) set, the title links to the
 * campaign's public archive.
 */
export function gazetteEmbed(
  campaign: Campaign,
  recent: PressRelease[],
  nextEditionAt: Date,
  archiveBaseUrl: string | null = null,
): APIEmbed {
  const lines = recent.map(
    (item) => `**No. ${item.number}** · ${PRESS_TYPE_LABELS[item.type]} · ${item.headline}`,
  );
  const nextLocal = DateTime.fromJSDate(nextEditionAt, { zone: campaign.timeZone });

  return {
    title: `The Gazette · Year ${campaign.currentYear}`,
    ...(archiveBaseUrl ? { url: `${archiveBaseUrl}/archive/${campaign.guildId}` } : {}),
    color: INK,
    description: truncateText(
      lines.join('\n') || 'No press yet. Be the first to publish a theory.',
      4096,
    ),
    footer: {
      text: `Next edition ${nextLocal.toFormat('ccc HH:mm ZZZZ')}. Read any item with /gazette number.`,
    },
  };
}

/** One press release; with `archiveUrl` set, its title links to the item's archive page. */
export function pressPageEmbed(item: PressRelease, archiveUrl: string | null = null): APIEmbed {
  const embed = pressEmbed(item);

  return {
    ...embed,
    ...(archiveUrl ? { url: archiveUrl } : {}),
    timestamp: item.createdAt.toISOString(),
  };
}

/** Discord allows 100 characters in an autocomplete choice's name. */
const CHOICE_NAME_LENGTH = 100;

/** Builds the autocomplete choice for a scholar: name, archetype and disciplines. */
export function scholarChoice(scholar: Scholar): { name: string; value: string } {
  return {
    name: truncateText(
      `${scholar.name} · ${scholar.archetype} · ${scholar.disciplines.join(', ')}`,
      CHOICE_NAME_LENGTH,
    ),
    value: String(scholar.id),
  };
}

/** Builds the autocomplete choice for a theory: its bulletin number and the start of its claim. */
export function theoryChoice(theory: Theory): { name: string; value: string } {
  return {
    name: truncateText(`No. ${theory.bulletinNumber} · ${theory.claim}`, CHOICE_NAME_LENGTH),
    value: String(theory.bulletinNumber),
  };
}
