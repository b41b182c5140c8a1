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
