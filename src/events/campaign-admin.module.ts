import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { Edition } from '../gazette/edition.entity';
import { PressModule } from '../gazette/press.module';
import { CampaignAdminService } from './campaign-admin.service';
import { OrdersAdminModule } from './orders-admin.module';

/** Admin actions that change a campaign and are recorded in its event log. */
@Module({
  imports: [TypeOrmModule.forFeature([Edition]), CampaignsModule, PressModule, OrdersAdminModule],
  providers: [CampaignAdminService],
  exports: [CampaignAdminService, OrdersAdminModule],
})
export class CampaignAdminModule {}
