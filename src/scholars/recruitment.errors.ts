import { GameError } from '../common/game-error';
import { formatSigned } from '../narration/template-text';

export class RecruitGateError extends GameError {
  constructor(gate: number, reputation: number) {
    super(
      'recruitment.below_gate',
      `reputation ${reputation} below recruit gate ${gate}`,
      `Recruiting needs reputation ${formatSigned(gate)} or more; yours is ${formatSigned(reputation)}. Win back standing with a modest theory or a think tank first.`,
    );
  }
}

export class ScholarAlreadyEmployedError extends GameError {
  constructor(name: string, isYours: boolean) {
    super(
      'recruitment.already_employed',
      `scholar ${name} already has an employer`,
      isYours
        ? `${name} already works for you.`
        : `${name} works for another lead. Only unaffiliated scholars can be recruited; use /poach to make an offer instead.`,
    );
  }
}
