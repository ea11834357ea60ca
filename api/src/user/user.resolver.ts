import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@pm/domain';
import { Roles } from '../auth/roles.decorator';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { ChangePasswordArgs, CreateUserArgs } from './user.inputs';
import { UserService } from './user.service';
import { UserList, UsersArgs, UserType } from './user.type';

@Resolver(() => UserType)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Roles('ADMIN')
  @Query(() => UserList)
  users(@Args() args: UsersArgs) {
    return this.service.list(args);
  }

  @Roles('ADMIN')
  @Mutation(() => UserType)
  createUser(@Args() args: CreateUserArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @Roles('ADMIN')
  @Mutation(() => UserType, { description: 'Schakelt een account uit en beëindigt zijn sessies.' })
  disableUser(@Args() args: IdArgs, @Context() ctx: GqlContext) {
    return this.service.disable(ctx.request, args.id);
  }

  @Roles('ADMIN')
  @Mutation(() => UserType, {
    description:
      'Verwijdert naam en e-mailadres (AVG); het account wordt uitgeschakeld, de audittrail blijft intact.',
  })
  removeUserPersonalData(@Args() args: IdArgs, @Context() ctx: GqlContext) {
    return this.service.removePersonalData(ctx.request, args.id);
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'Wijzigt het eigen wachtwoord; alle andere sessies vervallen.' })
  changePassword(@Args() args: ChangePasswordArgs, @Context() ctx: GqlContext) {
    return this.service.changePassword(ctx.request, args.currentPassword, args.newPassword, ctx.res);
  }
}
