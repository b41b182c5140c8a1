import type { PressText } from '../narration/narrator';
import { formatSigned, joinNames, quotePlayerText, truncateText } from '../narration/template-text';
import { CONFIDENCE_LABELS, type Confidence } from '../theories/confidence';
import {
  BAND_LABELS,
  DEPTH_PREPARATION,
  EXPEDITION_TYPE_LABELS,
  type Band,
  type Depth,
  type ExpeditionType,
  type ScoreModifiers,
} from './expedition-rules';

/** Leaves room under Discord's 4,096-character embed description. */
const BODY_MAX_LENGTH = 3500;
const HEADLINE_MAX_LENGTH = 256;

function press(headline: string, lines: string[]): PressText {
  return {
    headline: truncateText(headline, HEADLINE_MAX_LENGTH),
    body: truncateText(lines.filter((line) => line !== '').join('\n'), BODY_MAX_LENGTH),
  };
}

export interface ManifestoFacts {
  code: string;
  type: ExpeditionType;
  playerName: string;
  objective: string;
  teamNames: string[];
  discipline: string;
  depth: Depth;
  fundingFactions: string[];
  confidence: Confidence;
  bulletinNumber: number | null;
  /** A confidence the player gave that the tested theory's own confidence replaces, else null. */
  overriddenConfidence: Confidence | null;
  cost: string;
}

export function manifestoText(facts: ManifestoFacts): PressText {
  const player = quotePlayerText(facts.playerName);
  const confidence = CONFIDENCE_LABELS[facts.confidence];
  let wager: string;
  if (facts.bulletinNumber === null) {
    wager = `It tests no theory and stakes its own confidence: **${confidence}**.`;
  } else if (facts.overriddenConfidence === null) {
    wager = `It puts Bulletin No. ${facts.bulletinNumber} to the test at **${confidence}**.`;
  } else {
    wager =
      `It puts Bulletin No. ${facts.bulletinNumber} to the test at the theory's own confidence, **${confidence}**. ` +
      `The confidence given with the order (${CONFIDENCE_LABELS[facts.overriddenConfidence]}) does not apply, because a tested theory keeps its own.`;
  }

  return press(
    `Research Manifesto ${facts.code}: ${player} announces a ${EXPEDITION_TYPE_LABELS[facts.type]}`,
    [
      `${player} declares, before witnesses and creditors alike, an expedition in ${facts.discipline}.`,
      `> ${quotePlayerText(facts.objective)}`,
      `Team: ${joinNames(facts.teamNames)}. Preparation: ${facts.depth}.`,
      facts.fundingFactions.length > 0 ? `Funded by ${joinNames(facts.fundingFactions)}.` : '',
      `Paid: ${facts.cost}.`,
      wager,
      'Results at the next Gazette.',
    ],
  );
}

export interface ReportFacts {
  code: string;
  type: ExpeditionType;
  playerName: string;
  objective: string;
  depth: Depth;
  roll: number;
  modifiers: ScoreModifiers;
  score: number;
  band: Band;
  /** What the wager paid; `theory` names the bulletin that was judged. */
  wager: { change: number; confidence: Confidence; bulletinNumber: number | null };
  reputationAfter: number;
  rewards: string;
  /** Prose of the failure entry, landmark or sideways find, already filled. */
  outcomeText: string | null;
  sidecastText: string | null;
  challengeLines: string[];
}

export function reportText(facts: ReportFacts): PressText {
  const player = quotePlayerText(facts.playerName);
  const failed = facts.band === 'failure';
  const kind = failed ? 'Retraction Notice' : 'Discovery Report';
  const m = facts.modifiers;
  const preparation = m.thinkTankBonus
    ? `preparation +${m.preparation} (${facts.depth} ${DEPTH_PREPARATION[facts.depth]}, think tank +10, cap 30)`
    : `preparation +${m.preparation} (${facts.depth})`;
  const friction = `friction −${m.friction} (site ${m.siteFriction}, politics ${m.politicalFriction})`;
  const judged =
    facts.wager.bulletinNumber === null
      ? `Own wager at ${CONFIDENCE_LABELS[facts.wager.confidence]}`
      : `Bulletin No. ${facts.wager.bulletinNumber} judged at ${CONFIDENCE_LABELS[facts.wager.confidence]}`;

  return press(`${kind} ${facts.code}: ${player}, ${BAND_LABELS[facts.band]}`, [
    failed
      ? `${player} withdraws the claim that the ${EXPEDITION_TYPE_LABELS[facts.type]} would deliver:`
      : `${player}'s ${EXPEDITION_TYPE_LABELS[facts.type]} returns with results:`,
    `> ${quotePlayerText(facts.objective)}`,
    `Roll: d100 **${facts.roll}**, ${preparation}, expertise +${m.expertise}, ${friction}.`,
    `Score **${facts.score}**: ${BAND_LABELS[facts.band]}.`,
    `${judged}: reputation ${formatSigned(facts.wager.change)}, now ${formatSigned(facts.reputationAfter)}.`,
    facts.rewards ? `Influence gained: ${facts.rewards}.` : '',
    facts.outcomeText ?? '',
    facts.sidecastText ?? '',
    ...facts.challengeLines,
  ]);
}

export interface ConferenceCallFacts {
  playerName: string;
  bulletinNumber: number;
  claim: string;
  supporterNames: string[];
  oppositionNames: string[];
}

export function conferenceCallText(facts: ConferenceCallFacts): PressText {
  const player = quotePlayerText(facts.playerName);

  return press(`Conference called on Bulletin No. ${facts.bulletinNumber}`, [
    `${player} has hired a hall, a lectern and a stenographer to settle the matter in public:`,
    `> ${quotePlayerText(facts.claim)}`,
    `Speaking for: ${joinNames(facts.supporterNames) || 'nobody yet'}.`,
    `Speaking against: ${joinNames(facts.oppositionNames) || 'nobody yet'}.`,
    'The hall empties and the verdict prints at the next Gazette.',
  ]);
}

export interface ConferenceReportFacts {
  playerName: string;
  bulletinNumber: number;
  roll: number;
  supporters: number;
  opposition: number;
  supporterBonus: number;
  oppositionPenalty: number;
  score: number;
  band: Band;
  /** Null when the theory had already been judged and the conference paid nothing. */
  change: number | null;
  /** The returned fee, as "academia 1", when the theory had already been judged; else null. */
  refund: string | null;
  confidence: Confidence;
  reputationAfter: number;
  challengeLines: string[];
}

export function conferenceReportText(facts: ConferenceReportFacts): PressText {
  const player = quotePlayerText(facts.playerName);
  const kind = facts.band === 'failure' ? 'Retraction Notice' : 'Discovery Report';
  const payout =
    facts.change === null
      ? `Bulletin No. ${facts.bulletinNumber} had already been judged, so the verdict pays nothing and the fee (${facts.refund ?? 'nothing'}) is returned.`
      : `Bulletin No. ${facts.bulletinNumber} judged at ${CONFIDENCE_LABELS[facts.confidence]}: reputation ${formatSigned(facts.change)}, now ${formatSigned(facts.reputationAfter)}.`;

  return press(
    `${kind}: the conference on Bulletin No. ${facts.bulletinNumber}, ${BAND_LABELS[facts.band]}`,
    [
      `The conference called by ${player} has voted, shouted and adjourned.`,
      `Roll: d100 **${facts.roll}**, supporters +${facts.supporterBonus * facts.supporters} (${facts.supporters}), opposition −${facts.oppositionPenalty * facts.opposition} (${facts.opposition}).`,
      `Score **${facts.score}**: ${BAND_LABELS[facts.band]}.`,
      payout,
      ...facts.challengeLines,
    ],
  );
}

export interface ChallengeFacts {
  challengerName: string;
  ownerName: string;
  bulletinNumber: number;
  confidence: Confidence;
}

export function challengeText(facts: ChallengeFacts): PressText {
  const challenger = quotePlayerText(facts.challengerName);
  const owner = quotePlayerText(facts.ownerName);

  return press(`${challenger} challenges Bulletin No. ${facts.bulletinNumber}`, [
    `${challenger} has wagered at **${CONFIDENCE_LABELS[facts.confidence]}** that ${owner}'s theory will not survive its test.`,
    'The wager pays if the theory is refuted, costs if it is vindicated, and nothing on a partial result.',
  ]);
}

/** One line per settled challenge, for the report of the result that judged the theory. */
export function challengeLine(challengerName: string, outcome: string, change: number): string {
  const challenger = quotePlayerText(challengerName);
  if (outcome === 'drawn') {
    return `Challenge by ${challenger}: drawn on a partial result, nothing paid.`;
  }

  return `Challenge by ${challenger}: ${outcome}, reputation ${formatSigned(change)}.`;
}
