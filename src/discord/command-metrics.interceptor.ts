import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { NecordExecutionContext } from 'necord';
import { catchError, tap, throwError, type Observable } from 'rxjs';
import { GameError } from '../common/game-error';
import { MetricsService, type CommandOutcome } from '../metrics/metrics.service';

/** Records each slash command's duration by command name and outcome. */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const [interaction] = NecordExecutionContext.create(context).getContext<'interactionCreate'>();
    if (!interaction.isChatInputCommand()) {
      return next.handle();
    }
    const command = interaction.commandName;
    const stop = this.metrics.commandDuration.startTimer({ command });
    const finish = (outcome: CommandOutcome) => stop({ outcome });

    return next.handle().pipe(
      tap({ complete: () => finish('ok') }),
      catchError((error: unknown) => {
        finish(error instanceof GameError ? 'rejected' : 'error');
        return throwError(() => error);
      }),
    );
  }
}
