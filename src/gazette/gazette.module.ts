import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { NarrationModule } from '../narration/narration.module';
import { DigestStepsModule } from './digest-steps.module';
import { Dispatch } from './dispatch.entity';
import { Edition } from './edition.entity';
import { GazetteDeliveryService } from './gazette-delivery.service';
import { GazetteService } from './gazette.service';
import { GazetteJobs } from './gazette.jobs';
import { PressModule } from './press.module';

/**
 * The Gazette: digests, the outbox of Discord posts, and the timers that drive them. The channel
 * poster comes from the Discord client module through the CHANNEL_POSTER token.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Edition, Dispatch, Campaign]),
    PressModule,
    DigestStepsModule,
    NarrationModule,
  ],
  providers: [GazetteService, GazetteDeliveryService, GazetteJobs],
  exports: [GazetteService, GazetteDeliveryService, PressModule],
})
export class GazetteModule {}
