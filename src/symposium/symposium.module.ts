import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DigestStepsModule } from '../gazette/digest-steps.module';
import { PressModule } from '../gazette/press.module';
import { SymposiumDebt } from './symposium-debt.entity';
import { SymposiumPledge } from './symposium-pledge.entity';
import { SymposiumSession } from './symposium-session.entity';
import { SymposiumTopic } from './symposium-topic.entity';
import { SymposiumVote } from './symposium-vote.entity';
import { SymposiumWeekService } from './symposium-week.service';
import { SymposiumService } from './symposium.service';
import { SymposiumStep } from './symposium.step';

/** The weekly symposium: proposals, votes, and the call and result run by a digest step. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SymposiumTopic,
      SymposiumSession,
      SymposiumVote,
      SymposiumPledge,
      SymposiumDebt,
    ]),
    CampaignsModule,
    PressModule,
    DigestStepsModule,
  ],
  providers: [SymposiumService, SymposiumWeekService, SymposiumStep],
  exports: [SymposiumService],
})
export class SymposiumModule {}
