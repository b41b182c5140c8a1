import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { ScholarsModule } from '../scholars/scholars.module';
import { Campaign } from './campaign.entity';
import { CampaignsService } from './campaigns.service';
import { Player } from './player.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, Player]), ScholarsModule, EventsModule],
  providers: [CampaignsService],
  exports: [CampaignsService],
})
export class CampaignsModule {}
