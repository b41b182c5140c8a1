import { GameError } from '../common/game-error';

export class TooManyProposalsError extends GameError {
  constructor(pending: number, max: number) {
    super(
      'symposium.too_many_proposals',
      `player has ${pending} pending proposals`,
      `You already have ${pending} proposals waiting (at most ${max}). Wait for one to be chosen or to expire.`,
    );
  }
}

export class ProposalQueueFullError extends GameError {
  constructor(max: number) {
    super(
      'symposium.queue_full',
      'campaign has the maximum number of pending proposals',
      `The symposium already has ${max} proposals waiting. Try again after the next weekly call.`,
    );
  }
}

export class NoOpenSymposiumError extends GameError {
  constructor() {
    super(
      'symposium.none_open',
      'no open symposium',
      'No symposium is open for votes yet. The next topic is called at the weekly symposium; see /symposium_status.',
    );
  }
}
