import { Module, type OnModuleInit } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { GazetteModule } from '../gazette/gazette.module';
import { MetricsService } from '../metrics/metrics.service';
import { ScholarsModule } from '../scholars/scholars.module';
import { TheoriesModule } from '../theories/theories.module';
import { AdminCommands } from './admin.commands';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { PlayerCommands } from './player.commands';
import { ScholarAutocompleteInterceptor, TheoriesCommands } from './theories.commands';

/** Command names, for zeroing their metric series at start. */
const COMMAND_NAMES = ['status', 'wager', 'submit_theory', 'scholar', 'gazette', 'gw_admin'];

/** Slash commands: thin handlers that read options, call a game service and reply. */
@Module({
  imports: [CampaignsModule, ScholarsModule, TheoriesModule, GazetteModule],
  providers: [
    TheoriesCommands,
    PlayerCommands,
    AdminCommands,
    ScholarAutocompleteInterceptor,
    CommandMetricsInterceptor,
  ],
})
export class DiscordModule implements OnModuleInit {
  constructor(private readonly metrics: MetricsService) {}

  onModuleInit(): void {
    this.metrics.initialiseCommands(COMMAND_NAMES);
  }
}
