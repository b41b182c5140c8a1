import { GameError } from '../common/game-error';
import { formatSigned } from '../narration/template-text';
import { EXPEDITION_TYPE_LABELS, type ExpeditionType } from './expedition-rules';

export class ExpeditionGateError extends GameError {
  /** @param advice a sentence naming moves open to the player, from `standingAdvice` */
  constructor(type: ExpeditionType, gate: number, reputation: number, advice: string) {
    super(
      'expeditions.below_gate',
      `reputation ${reputation} below gate ${gate} for ${type}`,
      `A ${EXPEDITION_TYPE_LABELS[type]} needs reputation ${formatSigned(gate)} or more; yours is ${formatSigned(reputation)}. ${advice}`,
    );
  }
}

/** A conference on a theory that an order already queued will judge at the next digest. */
export class TheoryAlreadyQueuedError extends GameError {
  constructor(bulletinNumber: number, orderKind: 'conference' | 'expedition', orderCode: string) {
    const judgedBy =
      orderKind === 'conference'
        ? `conference ${orderCode}, queued for the next digest`
        : `expedition ${orderCode}, which resolves at the next digest before any conference sits`;
    super(
      'expeditions.theory_already_queued',
      `theory ${bulletinNumber} is already queued for judgement by ${orderCode}`,
      `Bulletin No. ${bulletinNumber} will already be judged by ${judgedBy}. A theory is judged once, so a second conference could not change the verdict. Nothing was spent.`,
    );
  }
}

/** Kept here for existing imports; the spending rule lives in the campaigns' influence ledger. */
export { InsufficientInfluenceError } from '../campaigns/campaigns.errors';

export class DuplicateScholarError extends GameError {
  constructor(name: string) {
    super(
      'expeditions.duplicate_scholar',
      `scholar ${name} named twice`,
      `You named ${name} more than once. Each scholar can fill one place; pick different scholars.`,
    );
  }
}

/** A team scholar who is already on a queued expedition, of any player. */
export class ScholarOnQueuedExpeditionError extends GameError {
  constructor(name: string, expeditionCode: string) {
    super(
      'expeditions.scholar_on_queued_expedition',
      `scholar ${name} is already on queued expedition ${expeditionCode}`,
      `${name} is already on ${expeditionCode}, which returns at the next Gazette. Choose another scholar. Nothing was spent.`,
    );
  }
}

export class ScholarEmployedElsewhereError extends GameError {
  constructor(name: string) {
    super(
      'expeditions.scholar_employed_elsewhere',
      `scholar ${name} works for another player`,
      `${name} works for another lead. Take your own scholars or unaffiliated ones.`,
    );
  }
}

export class TheoryNotFoundError extends GameError {
  constructor(choice: string) {
    super(
      'expeditions.theory_not_found',
      `no theory matches ${JSON.stringify(choice)}`,
      `No Academic Bulletin matches "${choice.slice(0, 40)}". Pick a theory from the suggestions as you type.`,
    );
  }
}

export class TheoryNotYoursError extends GameError {
  constructor(bulletinNumber: number) {
    super(
      'expeditions.theory_not_yours',
      `theory ${bulletinNumber} belongs to another player`,
      `Bulletin No. ${bulletinNumber} is another lead's theory. You can test only your own; use /challenge to bet against a rival's.`,
    );
  }
}

/** Phrases for a closed theory's status in a sentence about its bulletin. */
const CLOSED_STATUS_PHRASES: Record<string, string> = {
  vindicated: 'has already been judged and vindicated',
  partial: 'has already been judged and partly borne out',
  refuted: 'has already been judged and refuted',
  lapsed: 'has lapsed untested',
};

export class TheoryClosedError extends GameError {
  constructor(bulletinNumber: number, status: string) {
    super(
      'expeditions.theory_closed',
      `theory ${bulletinNumber} is ${status}`,
      `Bulletin No. ${bulletinNumber} ${CLOSED_STATUS_PHRASES[status] ?? `is already ${status}`}. Only open theories can be tested or challenged.`,
    );
  }
}

export class ConfidenceRequiredError extends GameError {
  constructor() {
    super(
      'expeditions.confidence_required',
      'no theory and no confidence',
      'An expedition that tests no theory needs a confidence. Choose one, or name one of your open theories.',
    );
  }
}

export class ChallengeOwnTheoryError extends GameError {
  constructor(bulletinNumber: number) {
    super(
      'expeditions.challenge_own_theory',
      `player challenged own theory ${bulletinNumber}`,
      `Bulletin No. ${bulletinNumber} is your own theory. Challenge a rival's theory instead.`,
    );
  }
}

export class ChallengeTooLateError extends GameError {
  constructor(bulletinNumber: number) {
    super(
      'expeditions.challenge_too_late',
      `theory ${bulletinNumber} is past its deadline`,
      `Bulletin No. ${bulletinNumber} has reached its deadline, so challenges are closed.`,
    );
  }
}

export class AlreadyChallengedError extends GameError {
  constructor(bulletinNumber: number) {
    super(
      'expeditions.already_challenged',
      `player already challenged theory ${bulletinNumber}`,
      `You have already challenged Bulletin No. ${bulletinNumber}. One wager per theory.`,
    );
  }
}
