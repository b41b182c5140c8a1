import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PressModule } from '../gazette/press.module';
import { NarrationModule } from '../narration/narration.module';
import { ScholarsModule } from '../scholars/scholars.module';
import { TheoriesService } from './theories.service';
import { Theory } from './theory.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Theory]),
    CampaignsModule,
    ScholarsModule,
    PressModule,
    NarrationModule,
  ],
  providers: [TheoriesService],
  exports: [TheoriesService],
})
export class TheoriesModule {}
