import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DiscordGatewayHealthIndicator } from './discord-gateway.health';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [DiscordGatewayHealthIndicator],
})
export class HealthModule {}
