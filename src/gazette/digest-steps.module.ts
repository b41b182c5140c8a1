import { Module } from '@nestjs/common';
import { DigestStepRegistry } from './digest-step';

/**
 * The registry of digest steps. Modules that own a rule import it to register their step, and
 * the Gazette imports it to run them; Nest shares the one instance between all importers.
 */
@Module({
  providers: [DigestStepRegistry],
  exports: [DigestStepRegistry],
})
export class DigestStepsModule {}
