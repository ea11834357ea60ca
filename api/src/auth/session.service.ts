import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { SessionEntity, type UserEntity } from './user.entity';

const SESSION_DAYS = 7;

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Keyed hash: a copy of the session table alone cannot be replayed as cookies.
  private hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('base64url');
  }

  async create(manager: EntityManager, userId: number): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    await manager.insert(SessionEntity, { tokenHash: this.hashToken(token), userId, expiresAt });
    return { token, expiresAt };
  }

  /** The actor behind a session token, or null when it is unknown, expired or its user is disabled. */
  async resolve(token: string | null): Promise<Actor | null> {
    if (!token || token.length > 100) return null;
    const rows: Array<Pick<UserEntity, 'id' | 'role' | 'municipalityId' | 'providerId' | 'councilId'>> =
      await this.dataSource.query(
        `SELECT u.id, u.role, u.municipality_id AS "municipalityId", u.provider_id AS "providerId",
                u.council_id AS "councilId"
           FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
        [this.hashToken(token)],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      role: row.role,
      municipalityId: row.municipalityId,
      providerId: row.providerId,
      councilId: row.councilId,
    };
  }

  async revoke(manager: EntityManager, token: string): Promise<void> {
    await manager.delete(SessionEntity, { tokenHash: this.hashToken(token) });
  }

  async revokeAllFor(manager: EntityManager, userId: number): Promise<void> {
    await manager.delete(SessionEntity, { userId });
  }
}
