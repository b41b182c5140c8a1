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
