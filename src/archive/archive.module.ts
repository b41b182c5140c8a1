import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Player } from '../campaigns/player.entity';
import { PressRelease } from '../gazette/press-release.entity';
import { Scholar } from '../scholars/scholar.entity';
import { Theory } from '../theories/theory.entity';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';

/** The public archive served over HTTP beside /health. */
@Module({
  imports: [TypeOrmModule.forFeature([Campaign, PressRelease, Player, Scholar, Theory])],
  controllers: [ArchiveController],
  providers: [ArchiveService],
})
export class ArchiveModule {}
