import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/roles.decorator';
import type { GqlContext } from '../graphql/context';
import { PublicationService } from './publication.service';
import { PublicationType, SetPublicationArgs } from './publication.type';

@Resolver(() => PublicationType)
export class PublicationResolver {
  constructor(private readonly service: PublicationService) {}

  @Roles('ADMIN')
  @Mutation(() => PublicationType, {
    description:
      'Beheerder: legt de toestemming van een aanbieder of gemeente voor publicatie vast (met audit). Het publiek ziet alleen cijfers van organisaties die instemden.',
  })
  setPublication(@Args() args: SetPublicationArgs, @Context() ctx: GqlContext) {
    return this.service.set(ctx.request, args.input);
  }
}
