import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@pm/domain';
import type { GqlContext } from '../graphql/context';
import { SignInArgs } from './auth.inputs';
import { AuthService } from './auth.service';
import { MeType } from './me.type';
import { Public, Roles } from './roles.decorator';

@Resolver(() => MeType)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => MeType, { nullable: true, description: 'De ingelogde gebruiker, of null voor het publiek.' })
  me(@Context() ctx: GqlContext) {
    return this.auth.me(ctx.request);
  }

  @Public()
  @Mutation(() => MeType, { description: 'Inloggen; zet een HttpOnly-sessiecookie.' })
  signIn(@Args() args: SignInArgs, @Context() ctx: GqlContext) {
    return this.auth.signIn(ctx.request, args.email, args.password, ctx.res, ctx.sessionToken);
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'Uitloggen; de sessie vervalt direct.' })
  signOut(@Context() ctx: GqlContext) {
    return this.auth.signOut(ctx.request, ctx.sessionToken, ctx.res);
  }
}
