import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../auth/roles.decorator';
import { IdArgs } from '../common/id-args';
import type { GqlContext } from '../graphql/context';
import { CreateWmczSubjectArgs, UpdateWmczSubjectArgs } from './wmcz-subject.inputs';
import { WmczSubjectService } from './wmcz-subject.service';
import { WmczSubjectsArgs, WmczSubjectType } from './wmcz-subject.type';

@Resolver(() => WmczSubjectType)
export class WmczSubjectResolver {
  constructor(private readonly service: WmczSubjectService) {}

  @Public()
  @Query(() => [WmczSubjectType], {
    description: 'De Wmcz 2018-catalogus in artikelvolgorde; standaard alleen actieve onderwerpen.',
  })
  wmczSubjects(@Args() args: WmczSubjectsArgs) {
    return this.service.list(args);
  }

  @Public()
  @Query(() => WmczSubjectType)
  wmczSubject(@Args() args: IdArgs) {
    return this.service.one(args.id);
  }

  @Roles('ADMIN')
  @Mutation(() => WmczSubjectType, {
    description: 'Beheerder: voegt een onderwerp toe (met audit); een bestaande code geeft CODE_TAKEN.',
  })
  createWmczSubject(@Args() args: CreateWmczSubjectArgs, @Context() ctx: GqlContext) {
    return this.service.create(ctx.request, args.input);
  }

  @Roles('ADMIN')
  @Mutation(() => WmczSubjectType, {
    description: 'Beheerder: wijzigt teksten, artikelverwijzing, verblijfsvlag of actief-vlag (met audit).',
  })
  updateWmczSubject(@Args() args: UpdateWmczSubjectArgs, @Context() ctx: GqlContext) {
    return this.service.update(ctx.request, args.id, args.input);
  }
}
