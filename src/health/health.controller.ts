import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DatabaseWritableHealthIndicator } from './database-writable.health';
import { DiscordGatewayHealthIndicator } from './discord-gateway.health';
import { LanguageModelHealthIndicator } from './language-model.health';
import { MigrationsHealthIndicator } from './migrations.health';

/** Milliseconds each database check may take before the probe reports it down. */
const DATABASE_CHECK_TIMEOUT_MS = 1000;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly databaseWritable: DatabaseWritableHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly gateway: DiscordGatewayHealthIndicator,
    private readonly languageModel: LanguageModelHealthIndicator,
  ) {}

  /** Liveness: 200 while the process serves HTTP. Touches neither the database nor Discord. */
  @Get()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Readiness: 200 when the database answers and is writable, every migration is applied and the
   * gateway session is ready; else 503 with the failing checks. The language model is reported
   * but never fails the probe.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: DATABASE_CHECK_TIMEOUT_MS }),
      () => this.databaseWritable.check('database_writable', DATABASE_CHECK_TIMEOUT_MS),
      () => this.migrations.check('migrations', DATABASE_CHECK_TIMEOUT_MS),
      () => this.gateway.check('discord_gateway'),
      () => this.languageModel.check('language_model'),
    ]);
  }
}
