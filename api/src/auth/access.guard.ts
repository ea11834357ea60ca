import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../common/app-error';
import type { GqlContext } from '../graphql/context';
import { ACCESS_KEY, type Access } from './roles.decorator';

/**
 * Global guard: every query and mutation must declare @Public() or @Roles(...). An operation that
 * declares nothing is refused, so a new operation cannot be open by accident.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const access = this.reflector.get<Access | undefined>(ACCESS_KEY, context.getHandler());
    if (!access) throw forbidden('Deze handeling heeft geen toegangsregel en is daarom geweigerd.');
    if (access.public) return true;
    const { actor } = GqlExecutionContext.create(context).getContext<GqlContext>().request;
    if (!actor) throw unauthenticated();
    if (!access.roles.includes(actor.role)) throw forbidden();
    return true;
  }
}
