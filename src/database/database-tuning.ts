import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Connection settings TypeORM's sqlite driver has no option for. TypeORM itself sets WAL mode,
 * the busy timeout and foreign keys when it opens the one shared connection.
 */
const PRAGMAS = [
  // In WAL mode NORMAL syncs at checkpoints instead of at every commit. A committed write
  // survives a crash of the process; only a power loss can lose the last commits.
  'PRAGMA synchronous = NORMAL',
  // Sorting and temporary indexes stay in memory.
  'PRAGMA temp_store = MEMORY',
];

/** Applies the pragmas to the shared connection before the application serves. */
@Injectable()
export class DatabaseTuning implements OnModuleInit {
  private readonly logger = new Logger(DatabaseTuning.name);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    for (const pragma of PRAGMAS) {
      await this.dataSource.query(pragma);
    }
    this.logger.debug({ message: 'database tuned', pragmas: PRAGMAS });
  }
}
