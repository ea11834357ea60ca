// `npm run bench:api`: the API's dashboard operations against a raw pg + node:http server, PostGraphile 4
// and PostgreSQL's own execution time, side by side, on the generated national data (npm run
// seed:national). Loopback only; each run lasts BENCH_SECONDS (default 10) with BENCH_CONNECTIONS
// (default 10). Uses DATABASE_URL, or the embedded server in DATA_DIR (default /tmp/pm-national).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { rawQueries } from './raw-queries.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const dist = (file) => require(path.join(root, 'api/dist', file));
const autocannon = require('autocannon');
const pg = require('pg');
const { freePort, startEmbeddedPostgres } = dist('api/src/database/embedded-postgres.js');
const { createDataSource } = dist('api/src/database/data-source.js');
const { createApp } = dist('api/src/app.factory.js');
const { loadConfig } = dist('api/src/config/config.js');
const { dashboardOperations } = dist('api/src/seed/national/dashboard-operations.js');
const { NATIONAL_TODAY } = dist('api/src/seed/national/national-sql.js');
const { DEMO_PASSWORD } = dist('api/src/seed/demo-users.js');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const TODAY = NATIONAL_TODAY;
const children = [];

function start(label, args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    children.push(child);
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const match = ready(out);
      if (match) resolve({ child, port: match });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => reject(new Error(`${label} stopped (${code}): ${out.slice(-2000)}`)));
  });
}

async function signIn(base, email) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      variables: { e: email, p: DEMO_PASSWORD },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Inloggen als ${email} mislukt: ${await response.text()}`);
  return cookie;
}

/** One autocannon run; latencies recorded per response, so p95 is exact (autocannon reports p97.5). */
function run(request) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      { connections: CONNECTIONS, duration: SECONDS, ...request },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

function summary({ result, latencies }) {
  latencies.sort((a, b) => a - b);
  const at = (p) =>
    Math.round((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0) * 10) / 10;
  return {
    rps: Math.round(result.requests.average),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.non2xx,
  };
}

// PostGraphile's generated schema over the same tables. The figures come from the rollup's rows (its
// schema cannot join groups or compute medians itself); the lists read the tables with relations.
const POSTGRAPHILE = {
  regionOverview: `{ allAdviceRequestRollups(condition: { scope: "REGION" }) { nodes { scopeId entryCount ratedCount vOnTime medianGrantedDays medianMarginDays } } }`,
  onTimePerMonth: `{ allAdviceRequestRollups(condition: { scope: "MONTH" }, orderBy: SCOPE_ID_DESC, first: 24) { nodes { scopeId entryCount ratedCount vOnTime medianGrantedDays medianMarginDays } } }`,
  municipalityComparison: `{ allAdviceRequestRollups(condition: { scope: "MUNICIPALITY" }) { nodes { scopeId entryCount ratedCount vOnTime medianGrantedDays medianMarginDays } } }`,
  providerTimeliness: null,
  councilOpenRequests: `query($c: Int!, $take: Int!) { allAdviceRequests(condition: { councilId: $c, decidedOn: null, withdrawnOn: null },
      orderBy: [REQUESTED_ON_ASC, ID_ASC], first: $take) { totalCount nodes { id title kind status requestedOn plannedDecisionOn adviceTermDays
      wmczSubjectBySubjectId { code titleNl } providerByProviderId { id name } clientCouncilByCouncilId { id name } } } }`,
  actionsPage: `query($take: Int!) { allActions(orderBy: [DUE_ON_ASC, ID_ASC], first: $take) { totalCount nodes { id title status dueOn leadOrganisation
      pillarByPillarId { code } coreGroupMemberByResponsibleMemberId { name }
      actionOwnersByActionId { nodes { coreGroupMemberByMemberId { name } } }
      actionMilestonesByActionId(orderBy: DUE_ON_ASC) { nodes { title dueOn doneOn } }
      actionDependenciesByBlockedId { nodes { actionByBlockerId { id title } } } } } }`,
};

async function main() {
  let url = process.env.DATABASE_URL;
  let embedded = null;
  if (!url) {
    const dataDir = path.resolve(root, process.env.DATA_DIR ?? '/tmp/pm-national');
    embedded = await startEmbeddedPostgres({
      dir: path.join(dataDir, 'postgres'),
      database: 'participatiemonitor',
    });
    url = embedded.url;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM advice_request`)).rows;
  const [{ version }] = (await client.query(`SELECT current_setting('server_version') AS version`)).rows;
  const [ids] = (
    await client.query(`SELECT (SELECT municipality_id::text FROM app_user WHERE role = 'POLICY_OFFICER') AS "municipalityId",
                               (SELECT council_id::text FROM app_user WHERE role = 'COUNCIL_MEMBER') AS "councilId"`)
  ).rows;
  if (!ids.councilId) throw new Error('Geen gegenereerde gegevens: voer eerst npm run seed:national uit.');
  console.log(
    `${n.toLocaleString('nl-NL')} adviesaanvragen; PostgreSQL ${version}; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
  );

  const api = await start(
    'API',
    ['api/dist/api/src/main.js'],
    {
      DATABASE_URL: url,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      DEMO_DATA: 'false',
      TODAY,
    },
    (out) => out.match(/draait op http:\/\/127\.0\.0\.1:(\d+)/)?.[1],
  );
  const raw = await start(
    'raw',
    ['libs/tools/bench/raw-server.mjs', url, TODAY],
    {},
    (o) => o.match(/PORT (\d+)/)?.[1],
  );
  const graphile = await start(
    'PostGraphile',
    ['libs/tools/bench/postgraphile-server.mjs', url],
    {},
    (o) => o.match(/PORT (\d+)/)?.[1],
  );
  const apiBase = `http://127.0.0.1:${api.port}`;
  const rawBase = `http://127.0.0.1:${raw.port}`;
  const graphileBase = `http://127.0.0.1:${graphile.port}/graphql`;
  const queries = rawQueries(TODAY);
  const cookies = {};
  const rows = [];

  // Statements per GraphQL operation, counted by a TypeORM logger on an in-process copy of the app.
  const counter = {
    count: 0,
    logQuery() {
      this.count++;
    },
    logQueryError() {},
    logQuerySlow() {},
    logSchemaBuild() {},
    logMigration() {},
    log() {},
  };
  const countingSource = createDataSource({ url, poolSize: 2, logger: counter });
  await countingSource.initialize();
  const countingApp = await createApp(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, TODAY }),
    countingSource,
  );
  await countingApp.listen(0, '127.0.0.1');
  const countingBase = `http://127.0.0.1:${countingApp.getHttpServer().address().port}`;
  const statements = {};
  for (const op of dashboardOperations(ids)) {
    const cookie = await signIn(countingBase, op.email);
    counter.count = 0;
    await fetch(`${countingBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
    statements[op.name] = counter.count;
  }
  await countingApp.close();
  await countingSource.destroy();

  for (const op of dashboardOperations(ids)) {
    cookies[op.email] ??= await signIn(apiBase, op.email);
    const body = JSON.stringify({ query: op.query, variables: op.variables });
    const headers = { 'content-type': 'application/json', cookie: cookies[op.email] };
    const check = await (await fetch(`${apiBase}/graphql`, { method: 'POST', headers, body })).json();
    if (check.errors) throw new Error(`${op.name}: ${JSON.stringify(check.errors)}`);
    const apiResult = summary(await run({ url: `${apiBase}/graphql`, method: 'POST', headers, body }));

    const params = new URLSearchParams({ m: ids.municipalityId, c: ids.councilId, take: '50' });
    const rawResult = summary(await run({ url: `${rawBase}/${op.name}?${params}` }));

    let graphileResult = null;
    if (POSTGRAPHILE[op.name]) {
      const gBody = JSON.stringify({
        query: POSTGRAPHILE[op.name],
        variables: { c: Number(ids.councilId), take: 50 },
      });
      const gHeaders = { 'content-type': 'application/json' };
      const gCheck = await (
        await fetch(graphileBase, { method: 'POST', headers: gHeaders, body: gBody })
      ).json();
      if (gCheck.errors) throw new Error(`PostGraphile ${op.name}: ${JSON.stringify(gCheck.errors)}`);
      graphileResult = summary(
        await run({ url: graphileBase, method: 'POST', headers: gHeaders, body: gBody }),
      );
    }

    const { sql, params: sqlParams } = queries[op.name](params);
    const times = [];
    for (let i = 0; i < 7; i++) {
      const plan = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, sqlParams)).rows[0][
        'QUERY PLAN'
      ][0];
      times.push(plan['Execution Time']);
    }
    times.sort((a, b) => a - b);
    rows.push({
      operation: op.name,
      kind: op.kind,
      statements: statements[op.name],
      api: apiResult,
      raw: rawResult,
      postgraphile: graphileResult,
      pgMedianMs: Math.round(times[3] * 10) / 10,
      pgMaxMs: Math.round(times[6] * 10) / 10,
    });
    console.log(
      `${op.name}: API ${apiResult.rps}/s p95 ${apiResult.p95} ms, raw ${rawResult.rps}/s, PG ${times[3].toFixed(1)} ms`,
    );
  }

  const status = fs.readFileSync(`/proc/${api.child.pid}/status`, 'utf8');
  const peakMb = Math.round(Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0) / 1024);

  const fmt = (r) =>
    r
      ? `${String(r.rps).padStart(6)} ${String(r.p50).padStart(4)} ${String(r.p95).padStart(4)} ${String(r.p99).padStart(4)}`
      : '     —    —    —    —';
  console.log(`\n${SECONDS} s per run, ${CONNECTIONS} connections, loopback. Latencies in ms.`);
  console.log(
    `${'operation'.padEnd(24)} | stmts | API req/s p50 p95 p99 | raw req/s p50 p95 p99 | PostGraphile req/s p50 p95 p99 | API÷raw | PG ms (median/max)`,
  );
  for (const r of rows) {
    console.log(
      `${r.operation.padEnd(24)} | ${String(r.statements).padStart(5)} | ${fmt(r.api)} | ${fmt(r.raw)} | ${fmt(r.postgraphile)} | ${(r.api.rps / r.raw.rps).toFixed(2).padStart(7)} | ${r.pgMedianMs}/${r.pgMaxMs}`,
    );
  }
  console.log(`Piekgeheugen API-proces (VmHWM): ${peakMb} MB`);
  console.log(
    `JSON ${JSON.stringify({ requests: n, postgres: version, cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), seconds: SECONDS, connections: CONNECTIONS, peakMb, rows })}`,
  );

  await client.end();
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await embedded?.stop();
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  for (const child of children) child.kill('SIGTERM');
  process.exit(1);
});
