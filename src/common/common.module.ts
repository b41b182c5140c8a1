import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, systemClock, type Clock } from './clock';
import { RANDOM, seededRandomSource, type RandomSource } from './random';

/** Sources the game must not read directly, so tests and the demo can replace them. */
export interface CommonOptions {
  clock?: Clock;
  random?: RandomSource;
}

/** The clock and the random source, swappable through their tokens. */
@Global()
@Module({})
export class CommonModule {
  static forRoot(options: CommonOptions = {}): DynamicModule {
    return {
      module: CommonModule,
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: RANDOM, useValue: options.random ?? seededRandomSource },
      ],
      exports: [CLOCK, RANDOM],
    };
  }
}
