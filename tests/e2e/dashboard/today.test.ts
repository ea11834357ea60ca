import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { GraphQLClient } from '../../support/graphql-client';

describe('today (the day the dashboard counts from)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false, env: { TODAY: '2026-11-23' } });
  });
  afterAll(async () => t?.close());

  it('gives the public the API’s day, so a pinned TODAY reaches the dashboard', async () => {
    const data = await new GraphQLClient(t.url).ok('{ today }');
    expect(data.today).toBe('2026-11-23');
  });
});
