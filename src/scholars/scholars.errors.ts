import { GameError } from '../common/game-error';

export class ScholarNotFoundError extends GameError {
  constructor(query: string) {
    super(
      'scholars.not_found',
      `no scholar matches ${JSON.stringify(query)}`,
      `No scholar in this campaign is called "${query.slice(0, 100)}". Pick a name from the suggestions as you type.`,
    );
  }
}
