import { GameError } from '../common/game-error';

export class NotYourScholarError extends GameError {
  constructor(name: string) {
    super(
      'mentorship.not_your_scholar',
      `scholar ${name} is not employed by the player`,
      `${name} does not work for you. You can mentor and place only your own scholars; recruit them first.`,
    );
  }
}

export class NotAJuniorError extends GameError {
  constructor(name: string) {
    super(
      'mentorship.not_junior',
      `scholar ${name} has no career ladder`,
      `${name} is an established scholar with no junior career ladder to place on a lab track. Lab tracks are for juniors who emerged from your expeditions.`,
    );
  }
}
