import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DiscordGatewayHealthIndicator } from './discord-gateway.health';

/** Milliseconds the database ping may take before the probe reports it down. */
const DATABASE_PING_TIMEOUT_MS = 1000;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly gateway: DiscordGatewayHealthIndicator,
  ) {}

  /** 200 when the database answers and the gateway session is ready, else 503 with details. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: DATABASE_PING_TIMEOUT_MS }),
      () => this.gateway.check('discord_gateway'),
    ]);
  }
}
