import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PressModule } from '../gazette/press.module';
import { ScholarsModule } from '../scholars/scholars.module';
import { OrdersAdminService } from './orders-admin.service';

/** Admin tools for queued orders and the scholar roster, recorded in the event log. */
@Module({
  imports: [CampaignsModule, ScholarsModule, PressModule],
  providers: [OrdersAdminService],
  exports: [OrdersAdminService],
})
export class OrdersAdminModule {}
