import {
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { BaseInteraction } from 'discord.js';
import { NecordExecutionContext } from 'necord';
import { catchError, tap, throwError, type Observable } from 'rxjs';
import { GameError } from '../common/game-error';
import { MetricsService, type CommandOutcome } from '../metrics/metrics.service';

const correlationIds = new WeakMap<BaseInteraction, string>();

/**
 * Returns the short reference that ties together the log lines of one interaction, creating it
 * on first use. Players see it in the apology for an unexpected error.
 */
export function correlationIdOf(interaction: BaseInteraction): string {
  let correlationId = correlationIds.get(interaction);
  if (!correlationId) {
    correlationId = randomUUID().slice(0, 8);
    correlationIds.set(interaction, correlationId);
  }

  return correlationId;
}

/** Records each slash command's duration by command name and outcome, and logs it at debug level. */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Commands');

  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const [interaction] = NecordExecutionContext.create(context).getContext<'interactionCreate'>();
    if (!interaction.isChatInputCommand()) {
      return next.handle();
    }
    const command = interaction.commandName;
    const stop = this.metrics.commandDuration.startTimer({ command });
    const finish = (outcome: CommandOutcome) => {
      const seconds = stop({ outcome });
      this.logger.debug({
        message: 'command handled',
        command,
        outcome,
        guildId: interaction.guildId,
        correlationId: correlationIdOf(interaction),
        durationMs: Math.round(seconds * 1000),
      });
    };

    return next.handle().pipe(
      tap({ complete: () => finish('ok') }),
      catchError((error: unknown) => {
        finish(error instanceof GameError ? 'rejected' : 'error');
        return throwError(() => error);
      }),
    );
  }
}
