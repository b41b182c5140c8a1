import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PressRelease } from './press-release.entity';
import { PressService } from './press.service';

/** The public archive of press releases; kept apart from the digest so any module can publish. */
@Module({
  imports: [TypeOrmModule.forFeature([PressRelease])],
  providers: [PressService],
  exports: [PressService],
})
export class PressModule {}
