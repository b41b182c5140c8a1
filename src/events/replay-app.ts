import { Global, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ManualClock } from '../common/clock';
import { CommonModule } from '../common/common.module';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ExpeditionsModule } from '../expeditions/expeditions.module';
import { GazetteModule } from '../gazette/gazette.module';
import { CHANNEL_POSTER, type ChannelPoster } from '../gazette/outgoing-message';
import { MetricsService } from '../metrics/metrics.service';
import { RecruitmentModule } from '../scholars/recruitment.module';
import { ScholarsModule } from '../scholars/scholars.module';
import { SymposiumModule } from '../symposium/symposium.module';
import { TheoriesModule } from '../theories/theories.module';
import { CampaignAdminModule } from './campaign-admin.module';
import { EventsModule } from './events.module';

/** A poster that accepts nothing: a replay rebuilds state and never posts to Discord. */
const refusingPoster: ChannelPoster = {
  post: () => Promise.reject(new Error('a replay does not post to Discord')),
};

/**
 * The metrics service on its own, and the refusing poster: `MetricsModule` also builds Discord
 * gateway metrics, which need a discord.js client that a replay does not start.
 */
@Global()
@Module({})
class ReplaySupportModule {
  static forRoot(): DynamicModule {
    return {
      module: ReplaySupportModule,
      providers: [{ provide: CHANNEL_POSTER, useValue: refusingPoster }, MetricsService],
      exports: [CHANNEL_POSTER, MetricsService],
    };
  }
}

/** The game's services over one database, driven by a manual clock and without timers. */
export interface ReplayContext {
  app: INestApplicationContext;
  clock: ManualClock;
}

/**
 * Builds the game's services over the SQLite file at `databasePath`, which the real migrations
 * create or update. The modules are listed in the order of `AppModule`, so digest steps register
 * and run in the same order as in the service. Reads the rest of the configuration, such as
 * `GAME_SEED` and `GAME_CONFIG_PATH`, from `process.env`.
 */
export async function createReplayContext(databasePath: string): Promise<ReplayContext> {
  process.env.DATABASE_PATH = databasePath;
  process.env.DISCORD_TOKEN ??= '';
  // Text a language model voiced is in the log, so a replay never calls the model.
  process.env.LLM_BASE_URL = '';
  const clock = new ManualClock(new Date(0));

  @Module({
    imports: [
      ConfigModule.forRoot(),
      CommonModule.forRoot({ clock }),
      DatabaseModule,
      ReplaySupportModule.forRoot(),
      EventsModule,
      CampaignsModule,
      ScholarsModule,
      TheoriesModule,
      ExpeditionsModule,
      GazetteModule,
      RecruitmentModule,
      CampaignAdminModule,
      SymposiumModule,
    ],
  })
  class ReplayModule {}

  const app = await NestFactory.createApplicationContext(ReplayModule, { logger: false });

  return { app, clock };
}
