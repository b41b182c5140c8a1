import { GameError } from '../common/game-error';

export class NotPoachableError extends GameError {
  constructor(name: string, reason: 'yours' | 'unaffiliated') {
    super(
      'poaching.not_poachable',
      `scholar ${name} is ${reason}`,
      reason === 'yours'
        ? `${name} already works for you; there is nobody to poach them from.`
        : `${name} is unaffiliated. Use /recruit to ask them to join you.`,
    );
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
