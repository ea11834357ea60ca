// PostGraphile 4 over the same database, for `npm run bench:api`. Argument: the database URL.
import http from 'node:http';
import Module, { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// PostGraphile 4 needs graphql 15; the app uses 16. Its packages are spread over node_modules, so
// every require of graphql in this process is sent to PostGraphile's own copy (one graphql realm).
const graphql15 = path.dirname(require.resolve('postgraphile/node_modules/graphql/package.json'));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'graphql' || request.startsWith('graphql/'))
    return resolve.call(this, path.join(graphql15, request.slice('graphql'.length)), ...rest);
  return resolve.call(this, request, ...rest);
};
const { postgraphile } = require('postgraphile');
const [url] = process.argv.slice(2);
const middleware = postgraphile(url, 'public', {
  disableDefaultMutations: true,
  dynamicJson: true,
  graphiql: false,
  disableQueryLog: true,
});
const server = http.createServer(middleware);
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
