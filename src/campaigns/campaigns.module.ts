import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScholarsModule } from '../scholars/scholars.module';
import { Campaign } from './campaign.entity';
import { CampaignsService } from './campaigns.service';
import { Player } from './player.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, Player]), ScholarsModule],
  providers: [CampaignsService],
  exports: [CampaignsService],
})
export class CampaignsModule {}
