import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Scholar } from './scholar.entity';
import { ScholarsService } from './scholars.service';

@Module({
  imports: [TypeOrmModule.forFeature([Scholar])],
  providers: [ScholarsService],
  exports: [ScholarsService],
})
export class ScholarsModule {}
