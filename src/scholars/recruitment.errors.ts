import { GameError } from '../common/game-error';
import { formatSigned } from '../narration/template-text';

export class RecruitGateError extends GameError {
  /** @param advice a sentence naming moves open to the player, from `standingAdvice` */
  constructor(gate: number, reputation: number, advice: string) {
    super(
      'recruitment.below_gate',
      `reputation ${reputation} below recruit gate ${gate}`,
      `Recruiting needs reputation ${formatSigned(gate)} or more; yours is ${formatSigned(reputation)}. ${advice}`,
    );
  }
}

export class ScholarAlreadyEmployedError extends GameError {
  /** @param mayOffer true when the player has enough influence to make a poaching offer */
  constructor(name: string, isYours: boolean, mayOffer: boolean) {
    let message = `${name} already works for you.`;
    if (!isYours) {
      message = mayOffer
        ? `${name} works for another lead. Only unaffiliated scholars can be recruited; use /poach to make an offer instead.`
        : `${name} works for another lead. Only unaffiliated scholars can be recruited.`;
    }
    super('recruitment.already_employed', `scholar ${name} already has an employer`, message);
  }
}
