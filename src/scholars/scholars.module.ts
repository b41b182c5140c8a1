import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DigestStepsModule } from '../gazette/digest-steps.module';
import { PressModule } from '../gazette/press.module';
import { FeelingDecayStep } from './feeling-decay.step';
import { RosterKeepingStep } from './roster-keeping.step';
import { Scholar } from './scholar.entity';
import { ScholarFeeling } from './scholar-feelings.entity';
import { ScholarFeelingsService } from './scholar-feelings.service';
import { ScholarFact } from './scholar-memory.entity';
import { ScholarMemoryService } from './scholar-memory.service';
import { ScholarsService } from './scholars.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Scholar, ScholarFeeling, ScholarFact]),
    DigestStepsModule,
    PressModule,
  ],
  providers: [
    ScholarsService,
    ScholarFeelingsService,
    ScholarMemoryService,
    FeelingDecayStep,
    RosterKeepingStep,
  ],
  exports: [ScholarsService, ScholarFeelingsService, ScholarMemoryService],
})
export class ScholarsModule {}
