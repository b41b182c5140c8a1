import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { DatabaseTuning } from './database-tuning';
import { WriteQueue } from './write-queue';

/** Opens the SQLite database, runs pending migrations before anything serves, and queues writes. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database.path, config.database.driver),
        migrationsRun: true,
      }),
    }),
  ],
  providers: [WriteQueue, DatabaseTuning],
  exports: [WriteQueue],
})
export class DatabaseModule {}
