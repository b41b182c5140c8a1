import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { DigestStepsModule } from '../gazette/digest-steps.module';
import { PressModule } from '../gazette/press.module';
import { MentorshipService } from './mentorship.service';
import { MentorshipStep } from './mentorship.step';
import { PoachingOffer } from './poaching-offer.entity';
import { PoachingService } from './poaching.service';
import { PoachingStep } from './poaching.step';
import { RecruitmentService } from './recruitment.service';
import { ScholarsModule } from './scholars.module';

/**
 * How scholars change hands and climb: recruitment, poaching offers and mentorship. Apart from
 * `ScholarsModule` because these rules charge players, which needs `CampaignsModule`, and that
 * module already imports `ScholarsModule`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PoachingOffer]),
    CampaignsModule,
    ScholarsModule,
    PressModule,
    DigestStepsModule,
  ],
  providers: [RecruitmentService, PoachingService, PoachingStep, MentorshipService, MentorshipStep],
  exports: [RecruitmentService, PoachingService, MentorshipService],
})
export class RecruitmentModule {}
