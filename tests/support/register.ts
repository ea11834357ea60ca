// Looks up the demo organisations the register tests act on, by their stable demo keys and names.
import type { DataSource } from 'typeorm';
import { demoKvkNumber, PROVIDERS } from '../../api/src/seed/demo-organisations';

export interface DemoIds {
  provider(key: string): Promise<number>;
  council(name: string): Promise<number>;
  subject(code: string): Promise<number>;
}

export function demoIds(dataSource: DataSource): DemoIds {
  return {
    async provider(key) {
      const index = PROVIDERS.findIndex((p) => p.key === key);
      if (index < 0) throw new Error(`no demo provider ${key}`);
      const [row] = await dataSource.query('SELECT id FROM provider WHERE kvk_number = $1', [
        demoKvkNumber(index),
      ]);
      return row.id;
    },
    async council(name) {
      const [row] = await dataSource.query('SELECT id FROM client_council WHERE name = $1', [name]);
      if (!row) throw new Error(`no demo council ${name}`);
      return row.id;
    },
    async subject(code) {
      const [row] = await dataSource.query('SELECT id FROM wmcz_subject WHERE code = $1', [code]);
      if (!row) throw new Error(`no subject ${code}`);
      return row.id;
    },
  };
}
