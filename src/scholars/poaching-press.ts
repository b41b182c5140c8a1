import type { PressText } from '../narration/narrator';
import { pickVariant, quotePlayerText, truncateText } from '../narration/template-text';

/**
 * Press prose for scholars changing hands: recruitment, poaching wires, defection notices with
 * their resignation letters, and mentorship news. Player text is quoted, never trusted.
 */

function percent(chance: number): string {
  return `${Math.round(chance * 100)}%`;
}

export interface RecruitmentFacts {
  playerName: string;
  scholarName: string;
  faction: string;
  chance: number;
  isAccepted: boolean;
}

export function recruitmentText(facts: RecruitmentFacts): PressText {
  const player = quotePlayerText(facts.playerName);
  if (facts.isAccepted) {
    return {
      headline: `${facts.scholarName} joins ${player}`,
      body: `${facts.scholarName} accepted ${player}'s invitation, courted through ${facts.faction} circles, at odds of ${percent(facts.chance)}. ${pickVariant(ACCEPT_LINES, facts.scholarName, facts.playerName)}`,
    };
  }

  return {
    headline: `${facts.scholarName} declines ${player}`,
    body: `${facts.scholarName} turned down ${player}'s invitation through ${facts.faction} circles, at odds of ${percent(facts.chance)}. ${pickVariant(DECLINE_LINES, facts.scholarName, facts.playerName)}`,
  };
}

const ACCEPT_LINES = [
  'A desk has been cleared, and a nameplate engraved with indecent haste.',
  'The porters report three crates of notebooks and one stuffed owl moved across the quad.',
  'Colleagues note that the handshake lasted a full minute.',
];

const DECLINE_LINES = [
  'The refusal was delivered by letter, in the third person, on heavy paper.',
  'Witnesses describe a polite smile and a door closed very gently.',
  'The scholar is said to have asked, twice, whether the offer was a joke.',
];

export interface OfferFacts {
  rivalName: string;
  employerName: string;
  scholarName: string;
  faction: string;
  amount: number;
  terms: string;
}

export function offerText(facts: OfferFacts): PressText {
  const rival = quotePlayerText(facts.rivalName);
  const employer = quotePlayerText(facts.employerName);
  const terms = truncateText(quotePlayerText(facts.terms), 300);

  return {
    headline: `${rival} courts ${facts.scholarName}`,
    body: `${rival} has offered ${facts.amount} ${facts.faction} influence to lure ${facts.scholarName} away from ${employer}. The terms, as posted: "${terms}". The offer is decided at the first digest a day from now; ${employer} may counter before then.`,
  };
}

export interface CounterFacts {
  employerName: string;
  scholarName: string;
  faction: string;
  amount: number;
}

export function counterText(facts: CounterFacts): PressText {
  const employer = quotePlayerText(facts.employerName);

  return {
    headline: `${employer} counters for ${facts.scholarName}`,
    body: `${employer} has put ${facts.amount} ${facts.faction} influence on the table to keep ${facts.scholarName}. The rival offers will be weighed against it at the decision.`,
  };
}

export interface DefectionFacts {
  scholarName: string;
  scholarTitle: string;
  catchphrase: string;
  oldEmployerName: string;
  newEmployerName: string;
  amount: number;
  faction: string;
  chance: number;
}

/** The Defection Notice, with the scholar's resignation letter. */
export function defectionText(facts: DefectionFacts): PressText {
  const oldEmployer = quotePlayerText(facts.oldEmployerName);
  const newEmployer = quotePlayerText(facts.newEmployerName);
  const letter = pickVariant(RESIGNATION_LETTERS, facts.scholarName, facts.newEmployerName)
    .replaceAll('{old}', oldEmployer)
    .replaceAll('{new}', newEmployer)
    .replaceAll('{catchphrase}', facts.catchphrase);

  return {
    headline: `${facts.scholarName} defects to ${newEmployer}`,
    body: [
      `${facts.scholarName}, ${facts.scholarTitle}, has left ${oldEmployer} for ${newEmployer}, who paid ${facts.amount} ${facts.faction} influence. The odds of leaving stood at ${percent(facts.chance)}.`,
      `The letter of resignation, pinned to the common-room board:`,
      `> ${letter}`,
    ].join('\n'),
  };
}

const RESIGNATION_LETTERS = [
  'Dear {old}, I resign, effective the moment you finish reading this sentence. {new} has offered me a window that faces east and a budget that faces forward. I leave you my chair, my unpaid library fines and my best wishes, in that order. "{catchphrase}"',
  'To {old}: a scholar must follow the evidence, and the evidence points to {new}. Please forward my post, but not my grievances, which I shall be keeping. "{catchphrase}"',
  '{old}, I have catalogued our years together and filed them under Concluded. My future lies with {new}, who reads my footnotes. Do not write. "{catchphrase}"',
];

export interface RefusalFacts {
  scholarName: string;
  employerName: string;
  rivalNames: string[];
  chance: number;
  loyalty: number;
}

export function refusalText(facts: RefusalFacts): PressText {
  const employer = quotePlayerText(facts.employerName);
  const rivals = facts.rivalNames.map(quotePlayerText).join(', ');

  return {
    headline: `${facts.scholarName} stays with ${employer}`,
    body: `${facts.scholarName} refused the offer of ${rivals} (odds of leaving were ${percent(facts.chance)}) and stays with ${employer}, steadier than before: loyalty now ${facts.loyalty}. Every escrowed offer is returned to its sender.`,
  };
}

export interface MentorshipFacts {
  playerName: string;
  scholarName: string;
}

export function mentorshipText(facts: MentorshipFacts): PressText {
  const player = quotePlayerText(facts.playerName);

  return {
    headline: `${player} takes ${facts.scholarName} under wing`,
    body: `${player} will mentor ${facts.scholarName}. ${pickVariant(MENTOR_LINES, facts.scholarName, facts.playerName)}`,
  };
}

const MENTOR_LINES = [
  'Weekly tutorials are promised, and a key to the good archive.',
  'The first lesson, reportedly, concerned how to survive a conference dinner.',
  'A reading list of forty volumes has already been issued, with marginalia.',
];

export interface PromotionFacts {
  playerName: string;
  scholarName: string;
  rung: string;
}

export function promotionText(facts: PromotionFacts): PressText {
  const player = quotePlayerText(facts.playerName);

  return {
    headline: `${facts.scholarName} rises to ${facts.rung}`,
    body: `Under ${player}'s mentorship, ${facts.scholarName} is now ${facts.rung}. The new business cards are, by all accounts, excessively embossed.`,
  };
}

export interface LabFacts {
  playerName: string;
  scholarName: string;
  track: string;
  rung: string;
}

export function labText(facts: LabFacts): PressText {
  const player = quotePlayerText(facts.playerName);

  return {
    headline: `${facts.scholarName} moves to the ${facts.track} track`,
    body: `${player} has placed ${facts.scholarName} on the ${facts.track} track, where the post is styled ${facts.rung}.`,
  };
}
