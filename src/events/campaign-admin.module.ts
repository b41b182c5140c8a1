import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { Edition } from '../gazette/edition.entity';
import { PressModule } from '../gazette/press.module';
import { CampaignAdminService } from './campaign-admin.service';

/** Admin actions that change a campaign and are recorded in its event log. */
@Module({
  imports: [TypeOrmModule.forFeature([Edition]), CampaignsModule, PressModule],
  providers: [CampaignAdminService],
  exports: [CampaignAdminService],
})
export class CampaignAdminModule {}
