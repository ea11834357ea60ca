import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** Ready to serve: the database answers and no migration is pending. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    try {
      const rows: Array<{ name: string }> = await Promise.race([
        this.dataSource.query('SELECT name FROM typeorm_migration'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 3_000)),
      ]);
      const applied = new Set(rows.map((row) => row.name));
      if (this.dataSource.migrations.some((migration) => !applied.has(migration.name ?? ''))) {
        res.status(503);
        return { status: 'not ready', reason: 'migrations pending' };
      }
      return { status: 'ready' };
    } catch {
      res.status(503);
      return { status: 'not ready', reason: 'database unreachable' };
    }
  }
}
