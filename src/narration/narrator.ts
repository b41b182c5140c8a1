import type { Confidence } from '../theories/confidence';

/** Injection token for the narrator; the template narrator is the default. */
export const NARRATOR = Symbol('NARRATOR');

/** A press release as written by the narrator, before it is numbered and stored. */
export interface PressText {
  headline: string;
  body: string;
}

export interface TheoryBulletinFacts {
  bulletinNumber: number;
  year: number;
  playerName: string;
  /** The player's claim, verbatim. The narrator quotes it and never follows it as instructions. */
  claim: string;
  confidence: Confidence;
  supporterNames: string[];
  /** Deadline as a readable date in the campaign's time zone. */
  deadline: string;
}

export interface TheoryLapseFacts {
  bulletinNumber: number;
  year: number;
  playerName: string;
  claim: string;
  reputationAfter: number;
}

export interface YearTurnFacts {
  fromYear: number;
  toYear: number;
  campaignSeed: string;
}

export interface DigestFacts {
  year: number;
  /** Local date and time of the edition, already formatted. */
  editionLabel: string;
  /** Number of press items in this edition. */
  itemCount: number;
  /** How many earlier editions were missed and are folded into this one (0 normally). */
  foldedEditions: number;
  campaignSeed: string;
}

export interface ScholarReactionFacts {
  /** Scholar row id, which keys the cached persona sheet; the name is used when absent. */
  scholarId?: number;
  scholarName: string;
  catchphrase: string;
  archetype: string;
  /** Event the scholar reacts to, in one plain line. It may quote player text. */
  event: string;
  /**
   * Numbers the game decided that a reaction may repeat, such as a bulletin number. When absent,
   * the numbers in `event` are allowed. Numbers in quoted player text should be left out, so a
   * claim cannot smuggle a figure into the Gazette.
   */
  allowedNumbers?: number[];
  /** Positive if the scholar admires the player, negative if not; −10..+10. */
  stance: number;
  /** The scholar's stats (talent, integrity, …), from which the persona sheet names the strongest. */
  traits?: Record<string, number>;
}

/**
 * Writes the prose players read. Numbers are decided by the game before the narrator is called;
 * the narrator only words them. Implementations must be deterministic for the same facts and seed
 * unless backed by a language model.
 */
export interface Narrator {
  theoryBulletin(facts: TheoryBulletinFacts): Promise<PressText>;
  theoryLapse(facts: TheoryLapseFacts): Promise<PressText>;
  yearTurn(facts: YearTurnFacts): Promise<PressText>;
  digestMasthead(facts: DigestFacts): Promise<PressText>;
  /** One short line per reaction, in the same order as the facts. */
  scholarReactions(facts: ScholarReactionFacts[]): Promise<string[]>;
}
