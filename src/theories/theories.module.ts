import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DigestStepsModule } from '../gazette/digest-steps.module';
import { PressModule } from '../gazette/press.module';
import { NarrationModule } from '../narration/narration.module';
import { ScholarsModule } from '../scholars/scholars.module';
import { BulletinReactionsStep } from './bulletin-reactions.step';
import { TheoriesService } from './theories.service';
import { TheoryLapseStep } from './theory-lapse.step';
import { Theory } from './theory.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Theory]),
    CampaignsModule,
    ScholarsModule,
    PressModule,
    DigestStepsModule,
    NarrationModule,
  ],
  providers: [TheoriesService, TheoryLapseStep, BulletinReactionsStep],
  exports: [TheoriesService],
})
export class TheoriesModule {}
