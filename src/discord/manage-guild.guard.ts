import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { PermissionFlagsBits } from 'discord.js';
import { NecordExecutionContext } from 'necord';
import { GameError } from '../common/game-error';

export class ManageServerRequiredError extends GameError {
  constructor() {
    super(
      'admin.manage_server_required',
      'admin command without Manage Server',
      'Only members with the Manage Server permission can use /gw_admin. Ask a server admin.',
    );
  }
}

/**
 * Checks Manage Server again in the bot: Discord hides the command from other members, but
 * server admins can override command permissions, so the bot does not rely on that alone.
 */
@Injectable()
export class ManageGuildGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const [interaction] = NecordExecutionContext.create(context).getContext<'interactionCreate'>();
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new ManageServerRequiredError();
    }

    return true;
  }
}
