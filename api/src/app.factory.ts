import fs from 'node:fs';
import path from 'node:path';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import helmet from 'helmet';
import { IDE_HTML, IDE_JS } from './graphql/ide.html';

const API_PREFIXES = ['/graphql', '/health', '/ide'];

/** Builds the Nest app: GraphQL, health, the dev console and the built dashboard on one port. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<INestApplication> {
  const logger: LogLevel[] = config.nodeEnv === 'test' ? ['error'] : ['error', 'warn'];
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    logger,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '200kb' });
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Recharts positions its SVG with style attributes; no inline scripts are allowed anywhere.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.nodeEnv === 'production' && { upgradeInsecureRequests: [] }),
        },
      },
      crossOriginEmbedderPolicy: false,
      hsts: config.nodeEnv === 'production',
    }),
  );

  if (config.nodeEnv !== 'production') {
    app.use('/ide/ide.js', (_req: Request, res: Response) => res.type('application/javascript').send(IDE_JS));
    app.use('/ide', (_req: Request, res: Response) => res.type('html').send(IDE_HTML));
  }

  const indexFile = path.join(config.dashboardDir, 'index.html');
  if (fs.existsSync(indexFile)) {
    app.use(express.static(config.dashboardDir, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET that is not the API gets the dashboard's index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
      res.sendFile(indexFile);
    });
  } else {
    app.use('/', (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path !== '/') return next();
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Het dashboard is nog niet gebouwd: voer `npm run build` uit. De API draait op /graphql.');
    });
  }
  // No enableShutdownHooks: main.ts handles SIGINT/SIGTERM itself (close the app, then the database,
  // then exit 0). Nest's hooks (an empty list means every signal) re-raised the signal after its own
  // close, racing that order: the process could die by the signal before the database was stopped.
  return app;
}
