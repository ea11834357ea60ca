import { randomUUID } from 'node:crypto';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/db-errors';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module';
import { SessionService } from '../auth/session.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { type GqlContext, readCookie, SESSION_COOKIE } from './context';
import { createFormatError } from './format-error';
import { Loaders } from './loaders';

function operationName(req: Request): string {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  if (typeof body?.operationName === 'string') return body.operationName.slice(0, 100);
  const match = typeof body?.query === 'string' ? /^\s*(?:mutation|query)\s+(\w+)/.exec(body.query) : null;
  return match?.[1] ?? 'anonymous';
}

/** GraphQL over Apollo: code-first schema, per-request context with the actor and DataLoaders. */
export const GraphqlSetupModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  imports: [AuthModule],
  inject: [SessionService, DataSource, APP_CONFIG],
  useFactory: (sessions: SessionService, dataSource: DataSource, config: AppConfig): ApolloDriverConfig => {
    const production = config.nodeEnv === 'production';
    // Limits against hostile queries: depth, aliases, tokens, directives and a cost budget.
    const armor = new ApolloArmor({
      maxDepth: { n: 12 },
      maxAliases: { n: 20 },
      maxTokens: { n: 4000 },
      maxDirectives: { n: 20 },
      costLimit: { maxCost: 20000 },
      blockFieldSuggestion: { enabled: production },
    }).protect();
    return {
      // graphql-armor is typed against Apollo's ES build; the driver against its CommonJS build.
      // Cache hints are not used (answers depend on the session); without the plugin Apollo stops
      // wrapping every field resolution (about 4 % of a list's CPU in the profile).
      plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()] as unknown as NonNullable<
        ApolloDriverConfig['plugins']
      >,
      validationRules: armor.validationRules,
      allowBatchedHttpRequests: false,
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      graphiql: false,
      playground: false,
      introspection: !production,
      csrfPrevention: true,
      includeStacktraceInErrorResponses: !production,
      formatError: createFormatError(production),
      context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
        const sessionToken = readCookie(req, SESSION_COOKIE);
        let actor;
        try {
          actor = await sessions.resolve(sessionToken);
        } catch (error) {
          // Without the database nobody can be identified: answer 503 at once instead of hanging.
          if (isDatabaseUnavailable(error)) {
            throw new GraphQLError('De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw.', {
              extensions: { code: 'UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
            });
          }
          throw error;
        }
        const requestId =
          typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id'])
            ? req.headers['x-request-id']
            : randomUUID();
        return {
          req,
          res,
          sessionToken,
          loaders: new Loaders(dataSource),
          request: { actor, requestId, origin: req.ip ?? 'unknown', operation: operationName(req) },
        };
      },
    };
  },
});
