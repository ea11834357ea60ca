import { DataSource, type Logger, type LoggerOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming.strategy';

export interface DataSourceOptions {
  url: string;
  logging?: LoggerOptions;
  poolSize?: number;
  /** A logger of its own, e.g. one that counts statements (tests, benchmark). */
  logger?: Logger;
}

/**
 * The one data source definition, shared by the app, the migration CLI, the seed CLI and the tests.
 * synchronize is off everywhere: the schema comes from the migrations only.
 */
export function createDataSource({
  url,
  logging = false,
  poolSize = 10,
  logger,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging,
    ...(logger && { logger }),
    extra: {
      max: poolSize,
      // Fail fast instead of waiting forever for a connection when the server is gone.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'participatiemonitor',
    },
  });
}

/** SQL that would bring the database in line with the entities; empty when migrations and entities agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}
