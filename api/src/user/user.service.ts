import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/password';
import { SessionService } from '../auth/session.service';
import { UserEntity } from '../auth/user.entity';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { AppError, badInput, notFound, type RequestContext, unauthenticated } from '../common/app-error';
import { toId } from '../common/id';
import type { ListResult } from '../common/list';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { SESSION_COOKIE } from '../graphql/context';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { ProviderEntity } from '../provider/provider.entity';
import type { CreateUserInput } from './user.inputs';
import { type UsersArgs, UserType } from './user.type';

function snapshot(u: UserEntity) {
  return {
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    municipalityId: u.municipalityId,
    providerId: u.providerId,
    councilId: u.councilId,
    disabledAt: u.disabledAt,
  };
}

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(args: UsersArgs): Promise<ListResult<UserType>> {
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip(args.skip)
      .take(args.take);
    if (args.filter?.role) query.andWhere('u.role = :role', { role: args.filter.role });
    if (args.filter?.search) {
      query.andWhere("(u.display_name ILIKE :s ESCAPE '\\' OR u.email ILIKE :s ESCAPE '\\')", {
        s: `%${args.filter.search.replace(/[\\%_]/g, '\\$&')}%`,
      });
    }
    const [rows, totalItems] = await query.getManyAndCount();
    return { items: rows.map(UserType.from), totalItems };
  }

  /** A role's organisation must match it: a policy officer needs a municipality, and so on. */
  private async organisationFor(manager: EntityManager, input: CreateUserInput) {
    const municipalityId = input.municipalityId ? toId(input.municipalityId) : null;
    let providerId = input.providerId ? toId(input.providerId) : null;
    const councilId = input.councilId ? toId(input.councilId) : null;
    const needs = {
      POLICY_OFFICER: 'municipalityId',
      PROVIDER_BOARD: 'providerId',
      COUNCIL_MEMBER: 'councilId',
    } as const;
    const required = needs[input.role as keyof typeof needs];
    const given = { municipalityId, providerId, councilId };
    if (required && given[required] === null) {
      throw badInput(
        'ORGANISATION_REQUIRED',
        `input.${required}`,
        'Deze rol hoort bij een organisatie: kies die.',
      );
    }
    if (municipalityId && !(await manager.existsBy(MunicipalityEntity, { id: municipalityId }))) {
      throw badInput('UNKNOWN_MUNICIPALITY', 'input.municipalityId', 'Deze gemeente bestaat niet.');
    }
    if (providerId && !(await manager.existsBy(ProviderEntity, { id: providerId }))) {
      throw badInput('UNKNOWN_PROVIDER', 'input.providerId', 'Deze aanbieder bestaat niet.');
    }
    if (councilId) {
      const council = await manager.findOneBy(ClientCouncilEntity, { id: councilId });
      if (!council) throw badInput('UNKNOWN_COUNCIL', 'input.councilId', 'Deze cliëntenraad bestaat niet.');
      providerId ??= council.providerId;
    }
    return { municipalityId, providerId, councilId };
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserType> {
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email: input.email })
        .getExists();
      if (taken)
        throw new AppError(
          'CONFLICT',
          'EMAIL_TAKEN',
          'Er is al een gebruiker met dit e-mailadres.',
          'input.email',
        );
      const organisation = await this.organisationFor(manager, input);
      const saved = await manager.save(
        manager.create(UserEntity, {
          email: input.email.trim(),
          displayName: input.displayName.trim(),
          passwordHash,
          role: input.role,
          ...organisation,
        }),
      );
      await this.audit.record(manager, ctx, {
        entity: 'app_user',
        entityId: saved.id,
        after: snapshot(saved),
      });
      return UserType.from(saved);
    });
  }

  async disable(ctx: RequestContext, idRaw: string): Promise<UserType> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw notFound('Gebruiker');
      if (user.id === ctx.actor?.userId)
        throw badInput('CANNOT_DISABLE_SELF', 'id', 'U kunt uw eigen account niet uitschakelen.');
      const before = snapshot(user);
      user.disabledAt ??= new Date();
      const saved = await manager.save(user);
      await this.sessions.revokeAllFor(manager, user.id);
      await this.audit.record(manager, ctx, {
        entity: 'app_user',
        entityId: user.id,
        before,
        after: snapshot(saved),
      });
      return UserType.from(saved);
    });
  }

  /**
   * Right to erasure: replaces the person's name and email with placeholders and disables the account.
   * The audit trail never held those values, so it stays intact and now points at a pseudonymous id.
   */
  async removePersonalData(ctx: RequestContext, idRaw: string): Promise<UserType> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id: toId(idRaw) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw notFound('Gebruiker');
      if (user.id === ctx.actor?.userId)
        throw badInput('CANNOT_REMOVE_SELF', 'id', 'U kunt uw eigen gegevens niet zo verwijderen.');
      const before = snapshot(user);
      user.email = `verwijderd-${user.id}@verwijderd.invalid`;
      user.displayName = `Verwijderde gebruiker ${user.id}`;
      user.passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
      user.disabledAt ??= new Date();
      const saved = await manager.save(user);
      await this.sessions.revokeAllFor(manager, user.id);
      await this.audit.record(manager, ctx, {
        entity: 'app_user',
        entityId: user.id,
        before,
        after: snapshot(saved),
      });
      return UserType.from(saved);
    });
  }

  /** Changes the caller's password, ends all of their sessions and starts a fresh one. */
  async changePassword(ctx: RequestContext, current: string, next: string, res: Response): Promise<boolean> {
    if (!ctx.actor) throw unauthenticated();
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: ctx.actor.userId });
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw badInput('WRONG_PASSWORD', 'currentPassword', 'Het huidige wachtwoord klopt niet.');
    }
    if (current === next)
      throw badInput('SAME_PASSWORD', 'newPassword', 'Kies een ander wachtwoord dan het huidige.');
    const passwordHash = await hashPassword(next);
    const session = await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAllFor(manager, user.id);
      await this.audit.record(manager, ctx, {
        entity: 'app_user',
        entityId: user.id,
        after: { passwordChanged: true },
      });
      return this.sessions.create(manager, user.id);
    });
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
    return true;
  }
}
