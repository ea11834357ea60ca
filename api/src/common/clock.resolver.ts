import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import { Clock } from './clock';
import { LocalDate } from './date.scalar';

// The dashboard counts days (due windows, days left, the timeline's "today") from the API's day, not
// the browser's, so a pinned TODAY (demos, tests) and the figures always agree.
@Resolver()
export class ClockResolver {
  constructor(private readonly clock: Clock) {}

  @Public()
  @Query(() => LocalDate, {
    description: 'De dag waarop de API rekent (Europe/Amsterdam); buiten productie vast te zetten met TODAY.',
  })
  today() {
    return this.clock.today();
  }
}
