import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../../support/app';
import { GraphQLClient } from '../../support/graphql-client';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('hardening in production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40), COOKIE_SECURE: 'false' },
    });
  });
  afterAll(async () => t.close());

  it('refuses introspection and serves no GraphQL console', async () => {
    const res = await post(t.url, { query: '{ __schema { types { name } } }' });
    const body = await res.json();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await fetch(`${t.url}/ide`)).status).toBe(404);
  });

  it('refuses a query nested deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++) selection = `provider { councils { ${selection} } }`;
    const body = await (await post(t.url, { query: `{ clientCouncils { items { ${selection} } } }` })).json();
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
    expect(body.data).toBeUndefined();
  });

  it('refuses a flood of aliases', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: me { id }`).join(' ');
    const body = await (await post(t.url, { query: `{ ${aliases} }` })).json();
    expect(body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses batched requests', async () => {
    const res = await post(t.url, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a body over the size limit without a server error', async () => {
    const res = await post(t.url, { query: `{ me { id } } # ${'x'.repeat(300_000)}` });
    expect(res.status).toBe(413);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      method: 'GET',
    });
    expect(res.status).toBe(400);
  });

  it('sends security headers with a strict content security policy', async () => {
    const res = await fetch(`${t.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('never sends a stack trace or internal detail to the client', async () => {
    const client = new GraphQLClient(t.url);
    const result = await client.request(`{ provider(id: "1") { id name } unknownField }`);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/stacktrace|at \w+ \(|node_modules/);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax', async () => {
    const res = await post(t.url, {
      query: 'mutation { signIn(email: "beheer@demo.example", password: "demo-participatie") { id } }',
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/pm_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('blocks an account after five failed attempts, even with the right password', async () => {
    const client = new GraphQLClient(t.url);
    const q = `mutation($p: String!) { signIn(email: "kerngroep@demo.example", password: $p) { id } }`;
    for (let i = 0; i < 5; i++) {
      expect((await client.request(q, { p: 'wrong-password' })).errors?.[0]?.extensions?.reason).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const blocked = await client.request(q, { p: 'demo-participatie' });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
    });
  });

  it('rotates the session on sign-in: the old cookie stops working', async () => {
    const first = new GraphQLClient(t.url);
    await first.signIn('beheer@demo.example');
    const oldCookie = (first as unknown as { cookie: string }).cookie;
    await first.signIn('beheer@demo.example');
    const res = await post(t.url, { query: '{ me { id } }' }, { cookie: oldCookie });
    expect((await res.json()).data.me).toBeNull();
    expect((await first.ok('{ me { id } }')).me).not.toBeNull();
  });
});
