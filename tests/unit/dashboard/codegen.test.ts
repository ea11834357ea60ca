import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../dashboard/codegen';

const dashboardDir = path.resolve(import.meta.dirname, '../../../dashboard');

describe('typed GraphQL documents', () => {
  it('are current: the committed dashboard/src/lib/generated matches a fresh codegen run (npm run codegen)', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate(
      { ...config, cwd: dashboardDir, silent: true },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = path.resolve(dashboardDir, output.filename);
      const committed = readFileSync(file, 'utf8');
      expect(committed, `${path.relative(dashboardDir, file)} is stale: run npm run codegen`).toBe(
        output.content,
      );
    }
  }, 60_000);
});
