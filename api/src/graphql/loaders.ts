import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';

/**
 * Per-request DataLoaders, created lazily in the GraphQL context so a list of N parents costs one
 * query per relation instead of N (CONVENTIONS habit 4). Modules ask for loaders by entity and column.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly dataSource: DataSource) {}

  private named<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.cache.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Loads single rows by primary key (or another unique column); missing rows give null. */
  byId<E extends ObjectLiteral>(entity: EntityTarget<E>, column = 'id'): DataLoader<number, E | null> {
    const name = `${this.dataSource.getMetadata(entity).name}:byId:${column}`;
    return this.named(
      name,
      () =>
        new DataLoader<number, E | null>(async (keys) => {
          const rows = await this.dataSource
            .getRepository(entity)
            .find({ where: { [column]: In([...keys]) } as never });
          const byKey = new Map(rows.map((row) => [row[column] as number, row]));
          return keys.map((key) => byKey.get(key) ?? null);
        }),
    );
  }

  /** Loads all rows whose `column` equals the key, e.g. councils by provider id. */
  manyBy<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    column: string,
    order: Record<string, 'ASC' | 'DESC'> = { id: 'ASC' },
  ): DataLoader<number, E[]> {
    const name = `${this.dataSource.getMetadata(entity).name}:manyBy:${column}`;
    return this.named(
      name,
      () =>
        new DataLoader<number, E[]>(async (keys) => {
          const rows = await this.dataSource
            .getRepository(entity)
            .find({ where: { [column]: In([...keys]) } as never, order: order as never });
          const groups = new Map<number, E[]>(keys.map((key) => [key, []]));
          for (const row of rows) groups.get(row[column] as number)?.push(row);
          return keys.map((key) => groups.get(key) ?? []);
        }),
    );
  }

  /**
   * Turns a row read as `to_jsonb(table)` into an entity, with the conversions TypeORM applies to
   * its own reads (timestamps become Date, transformers run), so it can prime a loader.
   */
  hydrate<E extends ObjectLiteral>(entity: EntityTarget<E>, json: Record<string, unknown>): E {
    const metadata = this.dataSource.getMetadata(entity);
    const row = metadata.create() as E;
    for (const column of metadata.columns) {
      if (column.isVirtual) continue; // a join column without a property of its own
      let value = json[column.databaseName];
      if (value === undefined) continue;
      // JSON carries bigint and numeric as numbers; the pg driver reads them as strings.
      if (value !== null && ['bigint', 'numeric', 'decimal', 'int8'].includes(String(column.type))) {
        value = String(value);
      }
      column.setEntityValue(row, this.dataSource.driver.prepareHydratedValue(value, column));
    }
    return row;
  }

  /** A custom batch function under a stable name, for relations that need SQL of their own. */
  custom<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.named(name, () => new DataLoader<K, V>(batch));
  }
}
