import { Global, Module } from '@nestjs/common';
import { CLOCK, systemClock } from './clock';
import { RANDOM, seededRandomSource } from './random';

/** The clock and the random source, swappable in tests through their tokens. */
@Global()
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: RANDOM, useValue: seededRandomSource },
  ],
  exports: [CLOCK, RANDOM],
})
export class CommonModule {}
