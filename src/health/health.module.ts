import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseWritableHealthIndicator } from './database-writable.health';
import { DiscordGatewayHealthIndicator } from './discord-gateway.health';
import { HealthController } from './health.controller';
import { LanguageModelHealthIndicator } from './language-model.health';
import { MigrationsHealthIndicator } from './migrations.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [
    DatabaseWritableHealthIndicator,
    DiscordGatewayHealthIndicator,
    LanguageModelHealthIndicator,
    MigrationsHealthIndicator,
  ],
})
export class HealthModule {}
