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
