import { GameError } from '../common/game-error';

export class PlayerNotInCampaignError extends GameError {
  constructor(userId: string) {
    super(
      'admin.player_not_found',
      `user ${userId} has no player in this campaign`,
      'That member has not joined the campaign yet. They join with their first command, such as /status.',
    );
  }
}

export class CampaignPausedForAdminError extends GameError {
  constructor() {
    super(
      'admin.campaign_paused',
      'digest requested while paused',
      'The campaign is paused, so no edition is published. Run /gw_admin resume first.',
    );
  }
}

export class ScheduleChangeWhileDueError extends GameError {
  constructor(due: number, paused: boolean) {
    super(
      'admin.schedule_due',
      `schedule change rejected because ${due} edition(s) are due`,
      paused
        ? `${due} edition(s) are held by the recess and would be lost to a new schedule. Run /gw_admin resume, let them publish, then change the schedule.`
        : 'An edition is due right now. Try again in a minute, once it has been published.',
    );
  }
}

/** Limit that stopped an adjustment: an end of the reputation range, zero or the soft cap. */
export type AdjustmentBound = 'lowest' | 'highest' | 'zero' | 'cap';

export class AdjustmentChangesNothingError extends GameError {
  /**
   * @param playerName display name, already escaped for Discord markdown
   * @param quantity `reputation` or `<faction> influence`
   * @param value the unchanged value
   */
  constructor(playerName: string, quantity: string, value: number, bound: AdjustmentBound) {
    const limits: Record<AdjustmentBound, string> = {
      lowest: `already at its lowest (${value})`,
      highest: `already at its highest (${value})`,
      zero: 'already at 0',
      cap: `already at or above the soft cap for their reputation (${value})`,
    };
    super(
      'admin.adjustment_unchanged',
      `adjustment of ${quantity} leaves ${value} unchanged (${bound})`,
      `${playerName}'s ${quantity} is ${limits[bound]}, so this adjustment would change nothing. Nothing was announced.`,
    );
  }
}
