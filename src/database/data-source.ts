import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

/** Data source for the TypeORM command line (`npm run typeorm -- migration:generate ...`). */
export default new DataSource(
  buildDataSourceOptions(process.env.DATABASE_PATH ?? 'data/great-work.sqlite'),
);
