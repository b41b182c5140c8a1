import { GameError } from '../common/game-error';

export class CampaignNotFoundError extends GameError {
  constructor(guildId: string) {
    super(
      'campaigns.not_found',
      `no campaign for guild ${guildId}`,
      'This server has no campaign yet. Any player command starts one.',
    );
  }
}

export class CommandOutsideGuildError extends GameError {
  constructor() {
    super(
      'campaigns.outside_guild',
      'command used outside a guild',
      'The Great Work is played inside a server. Use this command in one of its channels.',
    );
  }
}

export class CampaignPausedError extends GameError {
  constructor(guildId: string) {
    super(
      'campaigns.paused',
      `campaign of guild ${guildId} is paused`,
      'The campaign is paused by the server admins, so no new moves are accepted. You can still read /status and /gazette; try again once an admin runs /gw_admin resume.',
    );
  }
}

/** A spend larger than the player's balance in one faction. The code keeps its first name. */
export class InsufficientInfluenceError extends GameError {
  constructor(faction: string, held: number, cost: number) {
    super(
      'expeditions.insufficient_influence',
      `holds ${held} ${faction}, needs ${cost}`,
      `You hold ${held} ${faction} influence; this costs ${cost}. Nothing was spent. Influence comes back from expedition rewards and from each successful /recruit, which adds 1 in the faction you recruit through.`,
    );
  }
}
