import { Global, Module } from '@nestjs/common';
import { DiscordMetrics } from './discord-metrics';
import { GameMetrics } from './game-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, DiscordMetrics, GameMetrics],
  exports: [MetricsService],
})
export class MetricsModule {}
