import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AppConfig } from '../config/app-config';
import { DigestStepsModule } from '../gazette/digest-steps.module';
import { PressModule } from '../gazette/press.module';
import { NarrationModule } from '../narration/narration.module';
import { ScholarFeeling } from '../scholars/scholar-feelings.entity';
import { ScholarFeelingsService } from '../scholars/scholar-feelings.service';
import { ScholarsModule } from '../scholars/scholars.module';
import { Theory } from '../theories/theory.entity';
import { Challenge } from './challenge.entity';
import { Conference } from './conference.entity';
import { DomainTag } from './domain-tag.entity';
import { EXPEDITION_TABLES, ExpeditionOutcomes } from './expedition-outcomes';
import { ExpeditionResolutionStep } from './expedition-resolution.step';
import { ExpeditionResolver } from './expedition-resolver';
import { DEFAULT_TABLES_PATH, loadExpeditionTables } from './expedition-tables';
import { Expedition } from './expedition.entity';
import { ExpeditionsService } from './expeditions.service';
import { JuniorNeglectStep } from './junior-neglect.step';
import { TheoryJudgement } from './theory-judgement';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Expedition,
      Conference,
      Challenge,
      DomainTag,
      ScholarFeeling,
      Theory,
    ]),
    CampaignsModule,
    ScholarsModule,
    PressModule,
    DigestStepsModule,
    NarrationModule,
  ],
  providers: [
    {
      provide: EXPEDITION_TABLES,
      inject: [AppConfig],
      // Read once at boot, so a bad table stops the service before it serves a command.
      useFactory: (config: AppConfig) =>
        loadExpeditionTables(config.game.expeditions.tablesPath || DEFAULT_TABLES_PATH),
    },
    ScholarFeelingsService,
    TheoryJudgement,
    ExpeditionOutcomes,
    ExpeditionResolver,
    ExpeditionsService,
    ExpeditionResolutionStep,
    JuniorNeglectStep,
  ],
  exports: [ExpeditionsService, ScholarFeelingsService],
})
export class ExpeditionsModule {}
