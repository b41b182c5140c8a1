import { CreateSchema1796400000000 } from './1796400000000-CreateSchema';

/** Migrations in the order they run. */
export const MIGRATIONS = [CreateSchema1796400000000];
