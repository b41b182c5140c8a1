import { GameError } from '../common/game-error';

export class DuplicateSupporterError extends GameError {
  constructor(name: string) {
    super(
      'theories.duplicate_supporter',
      `supporter ${name} named twice`,
      `You named ${name} more than once. Each supporting scholar counts once; pick different scholars.`,
    );
  }
}
