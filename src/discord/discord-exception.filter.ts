import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ChatInputCommandInteraction, type BaseInteraction } from 'discord.js';
import { NecordArgumentsHost } from 'necord';
import { GameError } from '../common/game-error';
import { correlationIdOf } from './command-metrics.interceptor';
import { sendReply } from './interaction-reply';

/**
 * Turns errors from command handlers into ephemeral replies: a `GameError` shows its player
 * message; anything else is logged once with a correlation id, which the player sees in a short
 * apology so an admin can find the log line.
 */
@Catch()
export class DiscordExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(DiscordExceptionFilter.name);

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const [interaction] = NecordArgumentsHost.create(host).getContext<'interactionCreate'>();
    const message = this.describe(exception, interaction);
    if (interaction.isAutocomplete() && !interaction.responded) {
      // An autocomplete cannot show an error; an empty list ends it instead of a spinner.
      await interaction.respond([]).catch(() => undefined);
      return;
    }
    if (!(interaction instanceof ChatInputCommandInteraction)) {
      return;
    }
    try {
      await sendReply(interaction, { content: message }, true);
    } catch (replyError) {
      this.logger.warn({
        message: 'error reply failed',
        command: interaction.commandName,
        guildId: interaction.guildId,
        correlationId: correlationIdOf(interaction),
        error: (replyError as Error).message,
      });
    }
  }

  private describe(exception: unknown, interaction: BaseInteraction): string {
    const command = interaction.isChatInputCommand() ? interaction.commandName : 'interaction';
    const correlationId = correlationIdOf(interaction);
    if (exception instanceof GameError) {
      this.logger.debug({
        message: 'command rejected',
        command,
        guildId: interaction.guildId,
        correlationId,
        code: exception.code,
      });
      return exception.playerMessage;
    }
    this.logger.error({
      message: 'command failed',
      command,
      correlationId,
      guildId: interaction.guildId,
      error: exception instanceof Error ? exception.stack : String(exception),
    });

    return `Something went wrong on our side, and nothing was changed. If it happens again, give an admin this reference: ${correlationId}.`;
  }
}
