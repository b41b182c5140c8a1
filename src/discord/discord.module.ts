import { Module, type OnModuleInit } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ExpeditionsModule } from '../expeditions/expeditions.module';
import { CampaignAdminModule } from '../events/campaign-admin.module';
import { GazetteModule } from '../gazette/gazette.module';
import { MetricsService } from '../metrics/metrics.service';
import { RecruitmentModule } from '../scholars/recruitment.module';
import { ScholarsModule } from '../scholars/scholars.module';
import { SymposiumModule } from '../symposium/symposium.module';
import { TheoriesModule } from '../theories/theories.module';
import { AdminCommands } from './admin.commands';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { EventsCommands } from './events.commands';
import { ExpeditionAutocompleteInterceptor, ExpeditionsCommands } from './expeditions.commands';
import { PlayerCommands } from './player.commands';
import { ScholarsCommands } from './scholars.commands';
import { SymposiumCommands } from './symposium.commands';
import { ScholarAutocompleteInterceptor, TheoriesCommands } from './theories.commands';

/** Command names, for zeroing their metric series at start. */
const COMMAND_NAMES = [
  'status',
  'wager',
  'submit_theory',
  'scholar',
  'gazette',
  'gw_admin',
  'launch_expedition',
  'conference',
  'challenge',
  'symposium_propose',
  'symposium_vote',
  'symposium_status',
  'export_log',
  'recruit',
  'recruit_odds',
  'poach',
  'counter',
  'offers',
  'mentor',
  'assign_lab',
];

/** Slash commands: thin handlers that read options, call a game service and reply. */
@Module({
  imports: [
    CampaignsModule,
    ScholarsModule,
    TheoriesModule,
    GazetteModule,
    ExpeditionsModule,
    SymposiumModule,
    CampaignAdminModule,
    RecruitmentModule,
  ],
  providers: [
    TheoriesCommands,
    PlayerCommands,
    AdminCommands,
    SymposiumCommands,
    EventsCommands,
    ExpeditionsCommands,
    ScholarsCommands,
    ExpeditionAutocompleteInterceptor,
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
