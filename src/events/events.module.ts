import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GameEvent } from './game-event.entity';
import { EventsService } from './events.service';

/**
 * The campaign event log. Global because every module that changes state appends to it, and the
 * campaigns module, which all of them import, imports this one.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([GameEvent])],
  providers: [EventsService],
  exports: [EventsService],
})
export class EventsModule {}
