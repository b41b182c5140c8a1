import { GameError } from '../common/game-error';
import { formatSigned } from '../narration/template-text';
import { RECRUIT_REPUTATION_GATE } from './poaching-rules';

export class NotYourScholarError extends GameError {
  /**
   * @param employment whether the scholar is unaffiliated or works for another player
   * @param mayRecruit true when the player's reputation meets the recruit gate
   * @param mayOffer true when the player has enough influence to make a poaching offer
   */
  constructor(
    name: string,
    employment: 'unaffiliated' | 'elsewhere',
    mayRecruit: boolean,
    mayOffer: boolean,
  ) {
    let next = mayOffer
      ? `${name} works for another lead; /poach makes them an offer.`
      : `${name} works for another lead.`;
    if (employment === 'unaffiliated') {
      next = mayRecruit
        ? `${name} is unaffiliated, so /recruit them first.`
        : `${name} is unaffiliated, and recruiting needs reputation ${formatSigned(RECRUIT_REPUTATION_GATE)} or more.`;
    }
    super(
      'mentorship.not_your_scholar',
      `scholar ${name} is not employed by the player`,
      `${name} does not work for you. You can mentor and place only your own scholars. ${next}`,
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
