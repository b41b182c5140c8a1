import { Module } from '@nestjs/common';
import { NARRATOR } from './narrator';
import { TemplateNarrator } from './template-narrator';

/** Provides the narrator: written templates now; a language model can replace it behind NARRATOR. */
@Module({
  providers: [TemplateNarrator, { provide: NARRATOR, useExisting: TemplateNarrator }],
  exports: [NARRATOR],
})
export class NarrationModule {}
