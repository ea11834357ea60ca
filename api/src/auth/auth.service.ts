import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppError, type RequestContext, unauthenticated } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { SESSION_COOKIE } from '../graphql/context';
import type { MeType } from './me.type';
import { hashPassword, verifyPassword } from './password';
import { SessionService } from './session.service';
import { SignInAttemptEntity, UserEntity } from './user.entity';

export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
const WINDOW_MINUTES = 15;

// Verified when the email is unknown, so both cases take the same time and say the same thing.
let dummyHash: Promise<string> | null = null;

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(
    ctx: RequestContext,
    emailRaw: string,
    password: string,
    res: Response,
    oldToken: string | null,
  ): Promise<MeType> {
    const email = emailRaw.trim().toLowerCase();
    const [{ perAccount, perAddress }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS "perAccount",
              count(*) FILTER (WHERE address = $2)::int AS "perAddress"
         FROM sign_in_attempt
        WHERE NOT succeeded AND attempted_at > now() - make_interval(mins => $3)
          AND (email = $1 OR address = $2)`,
      [email, ctx.origin, WINDOW_MINUTES],
    );
    if (perAccount >= MAX_FAILURES_PER_ACCOUNT || perAddress >= MAX_FAILURES_PER_ADDRESS) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        'TOO_MANY_ATTEMPTS',
        `Te veel mislukte pogingen. Probeer het over ${WINDOW_MINUTES} minuten opnieuw.`,
      );
    }

    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email AND u.disabled_at IS NULL', { email })
      .getOne();
    dummyHash ??= hashPassword('not-a-real-password-for-timing-only');
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await dummyHash, password), false);

    if (!ok || !user) {
      // Recorded on its own (not in a transaction that the refusal would roll back), so throttling counts it.
      await this.dataSource
        .getRepository(SignInAttemptEntity)
        .insert({ email, address: ctx.origin, succeeded: false });
      // Same message whether or not the account exists.
      throw new AppError(
        'UNAUTHENTICATED',
        'INVALID_CREDENTIALS',
        'E-mailadres of wachtwoord is onjuist.',
        'email',
      );
    }
    const actor = {
      userId: user.id,
      role: user.role,
      municipalityId: user.municipalityId,
      providerId: user.providerId,
      councilId: user.councilId,
    };
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(SignInAttemptEntity, { email, address: ctx.origin, succeeded: true });
      // Rotation: a session that came with the request is replaced, never reused.
      if (oldToken) await this.sessions.revoke(manager, oldToken);
      const session = await this.sessions.create(manager, user.id);
      await this.audit.record(
        manager,
        { ...ctx, actor },
        {
          entity: 'session',
          entityId: user.id,
          operation: 'signIn',
        },
      );
      res.cookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: '/',
        expires: session.expiresAt,
      });
      return (await this.me({ ...ctx, actor }))!;
    });
  }

  async signOut(ctx: RequestContext, token: string | null, res: Response): Promise<boolean> {
    if (!ctx.actor || !token) throw unauthenticated();
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, token);
      await this.audit.record(manager, ctx, { entity: 'session', entityId: ctx.actor!.userId });
    });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  async me(ctx: RequestContext): Promise<MeType | null> {
    if (!ctx.actor) return null;
    const rows = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role,
              m.id AS "municipalityId", m.name AS "municipalityName",
              p.id AS "providerId", p.name AS "providerName",
              c.id AS "councilId", c.name AS "councilName"
         FROM app_user u
         LEFT JOIN municipality m ON m.id = u.municipality_id
         LEFT JOIN provider p ON p.id = u.provider_id
         LEFT JOIN client_council c ON c.id = u.council_id
        WHERE u.id = $1`,
      [ctx.actor.userId],
    );
    const row = rows[0];
    if (!row) return null;
    const organisation = row.councilId
      ? { kind: 'CLIENT_COUNCIL' as const, id: String(row.councilId), name: row.councilName }
      : row.providerId
        ? { kind: 'PROVIDER' as const, id: String(row.providerId), name: row.providerName }
        : row.municipalityId
          ? { kind: 'MUNICIPALITY' as const, id: String(row.municipalityId), name: row.municipalityName }
          : null;
    return {
      id: String(row.id),
      email: row.email,
      displayName: row.displayName,
      role: row.role,
      organisation,
    };
  }
}
