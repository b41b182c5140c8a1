import { Module, type DynamicModule } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { ArchiveModule } from './archive/archive.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CommonModule, type CommonOptions } from './common/common.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DiscordClientModule } from './discord/discord-client.module';
import { DiscordModule } from './discord/discord.module';
import { ExpeditionsModule } from './expeditions/expeditions.module';
import { EventsModule } from './events/events.module';
import { GazetteModule } from './gazette/gazette.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { ScholarsModule } from './scholars/scholars.module';
import { SymposiumModule } from './symposium/symposium.module';
import { TheoriesModule } from './theories/theories.module';

export interface AppOptions extends CommonOptions {
  /** Runs the digest and delivery timers; the demo and some tests drive them by hand instead. */
  timers?: boolean;
}

@Module({})
export class AppModule {
  /** Builds the application; reads and validates `process.env` at this call. */
  static register(options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(),
        CommonModule.forRoot(options),
        DatabaseModule,
        MetricsModule,
        ...(options.timers === false ? [] : [ScheduleModule.forRoot()]),
        DiscordClientModule,
        EventsModule,
        CampaignsModule,
        ScholarsModule,
        TheoriesModule,
        ExpeditionsModule,
        GazetteModule,
        DiscordModule,
        HealthModule,
        SymposiumModule,
        ArchiveModule,
      ],
    };
  }
}
