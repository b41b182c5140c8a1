import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CommonModule } from './common/common.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DiscordClientModule } from './discord/discord-client.module';
import { DiscordModule } from './discord/discord.module';
import { GazetteModule } from './gazette/gazette.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { ScholarsModule } from './scholars/scholars.module';
import { TheoriesModule } from './theories/theories.module';

@Module({
  imports: [
    ConfigModule,
    CommonModule,
    DatabaseModule,
    MetricsModule,
    ScheduleModule.forRoot(),
    DiscordClientModule,
    CampaignsModule,
    ScholarsModule,
    TheoriesModule,
    GazetteModule,
    DiscordModule,
    HealthModule,
  ],
})
export class AppModule {}
