import { GameError } from '../common/game-error';
import { quoteForError } from '../common/validate-input';

export class OrderNotFoundError extends GameError {
  constructor(code: string) {
    super(
      'admin.order_not_found',
      `no queued order with code ${code}`,
      `No queued order has the code “${quoteForError(code, 20)}”. Run /gw_admin orders to see the codes of queued orders.`,
    );
  }
}

export class ScholarStatusUnchangedError extends GameError {
  constructor(name: string, status: string) {
    super(
      'admin.scholar_status_unchanged',
      `scholar ${name} is already ${status}`,
      `${name} is already ${status}; nothing changed.`,
    );
  }
}
