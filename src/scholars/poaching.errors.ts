import { GameError } from '../common/game-error';
import { formatSigned } from '../narration/template-text';
import { RECRUIT_REPUTATION_GATE } from './poaching-rules';

export class NotPoachableError extends GameError {
  /** @param mayRecruit true when the player's reputation meets the recruit gate */
  constructor(name: string, reason: 'yours' | 'unaffiliated', mayRecruit: boolean) {
    let message = `${name} already works for you; there is nobody to poach them from.`;
    if (reason === 'unaffiliated') {
      message = mayRecruit
        ? `${name} is unaffiliated. Use /recruit to ask them to join you.`
        : `${name} is unaffiliated, so there is nobody to poach them from, and recruiting needs reputation ${formatSigned(RECRUIT_REPUTATION_GATE)} or more.`;
    }
    super('poaching.not_poachable', `scholar ${name} is ${reason}`, message);
  }
}

export class OfferAlreadyOpenError extends GameError {
  constructor(name: string) {
    super(
      'poaching.offer_open',
      `an open offer for ${name} exists`,
      `You already have an open offer for ${name}. It is decided at the next digest at least 24 hours after you made it; see /offers.`,
    );
  }
}

export class NotTheEmployerError extends GameError {
  constructor(name: string) {
    super(
      'poaching.not_employer',
      `counter for ${name} by a player who does not employ them`,
      `Only ${name}'s employer can counter offers for them.`,
    );
  }
}

export class NoOpenOfferError extends GameError {
  constructor(name: string) {
    super(
      'poaching.no_open_offer',
      `no open offer for ${name}`,
      `Nobody has an open offer for ${name}, so there is nothing to counter.`,
    );
  }
}

/** Influence of one faction that an open order of the player keeps in escrow. */
export interface EscrowHolding {
  /** The order as players see it: "your offer PO-3" or "your counter on PO-2". */
  label: string;
  amount: number;
}

/**
 * An offer or counter larger than the spendable balance. Unlike the general shortfall message,
 * it names the influence held in escrow, which /status leaves out of the balance. It keeps the
 * general shortfall's code, so replies and metrics count both alike.
 */
export class OfferFundsShortError extends GameError {
  /**
   * @param spendable the balance /status shows, escrow excluded
   * @param returned what replacing the player's standing counter gives back first, else 0
   */
  constructor(
    faction: string,
    spendable: number,
    cost: number,
    escrow: readonly EscrowHolding[],
    returned: number,
  ) {
    const escrowed = escrow.reduce((sum, holding) => sum + holding.amount, 0);
    const escrowNote =
      escrowed > 0
        ? ` (${escrowed} more ${escrowed === 1 ? 'is' : 'are'} in escrow for ${escrow.map((holding) => holding.label).join(' and ')})`
        : '';
    const replacement =
      returned > 0
        ? ` Replacing your counter returns its ${returned} first, so a new counter can use at most ${spendable + returned}.`
        : '';
    super(
      'expeditions.insufficient_influence',
      `holds ${spendable} ${faction}, needs ${cost}, ${escrowed} more in escrow`,
      `You hold ${spendable} ${faction} influence to spend${escrowNote}; this costs ${cost}.${replacement} Nothing was spent.`,
    );
  }
}
