// The practical limit for `npm run bench:api`: the same figures and lists from raw `pg` + node:http,
// one SQL statement per request, no GraphQL, no framework. Arguments: database URL, today.
import http from 'node:http';
import { createRequire } from 'node:module';
import { rawQueries } from './raw-queries.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const [url, today] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10 });
const routes = rawQueries(today);

const server = http.createServer(async (req, res) => {
  const u = new URL(req.url, 'http://x');
  const route = routes[u.pathname.slice(1)];
  if (!route) return res.writeHead(404).end();
  try {
    const { sql, params } = route(u.searchParams);
    const result = await pool.query(sql, params);
    const body = JSON.stringify({ data: result.rows });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
