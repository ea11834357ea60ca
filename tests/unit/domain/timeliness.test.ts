import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainValidationError,
  VERDICTS,
  assessTimeliness,
  type Timeliness,
  type TimelinessInput,
} from '@pm/domain';

// An oracle for calendar arithmetic that does not go through the code under test.
const EPOCH = Date.UTC(2020, 0, 1);
const day = (n: number): string => new Date(EPOCH + n * 86_400_000).toISOString().slice(0, 10);

const base: TimelinessInput = {
  kind: 'ADVICE',
  requestedOn: '2025-03-03',
  adviceTermDays: 28, // deadline 2025-03-31
  plannedDecisionOn: '2025-04-14', // 42 days after the request
  councilRespondedOn: null,
  decidedOn: null,
  withdrawnOn: null,
  reportedNotRequested: false,
};
const TODAY = '2025-03-10';

const assess = (overrides: Partial<TimelinessInput>, today = TODAY): Timeliness =>
  assessTimeliness({ ...base, ...overrides }, today);

function rejection(run: () => unknown): DomainValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainValidationError) return error;
    throw error;
  }
  throw new Error('expected a DomainValidationError, but nothing was thrown');
}

describe('assessTimeliness — verdicts', () => {
  it('marks unsolicited advice not applicable, whatever its dates say', () => {
    const result = assess({ kind: 'UNSOLICITED', decidedOn: '2025-03-01', withdrawnOn: '2025-03-02' });
    expect(result.verdict).toBe('NOT_APPLICABLE');
    expect(result.daysLeft).toBeNull();
  });

  it('marks a withdrawn request withdrawn, even when the council also reports it was not asked', () => {
    const result = assess({ withdrawnOn: '2025-03-05', reportedNotRequested: true, decidedOn: '2025-03-01' });
    expect(result.verdict).toBe('WITHDRAWN');
    expect(result.daysLeft).toBeNull();
  });

  it('marks a decision the council reports it was never asked about as not requested', () => {
    const result = assess({ reportedNotRequested: true, decidedOn: '2025-04-14' });
    expect(result.verdict).toBe('NOT_REQUESTED');
  });

  it('marks a decision without a request date as not requested and leaves the date figures empty', () => {
    const result = assess({ requestedOn: null, decidedOn: '2025-04-14' });
    expect(result).toEqual<Timeliness>({
      verdict: 'NOT_REQUESTED',
      deadline: null,
      grantedDays: null,
      marginDays: null,
      daysLeft: null,
      councilLate: false,
    });
  });

  it('keeps a request without a decision open and counts the days the council has left', () => {
    expect(assess({})).toEqual<Timeliness>({
      verdict: 'OPEN',
      deadline: '2025-03-31',
      grantedDays: 42,
      marginDays: 14,
      daysLeft: 21,
      councilLate: false,
    });
  });

  it('counts days left as negative once an unanswered open request has passed its deadline', () => {
    const result = assess({}, '2025-04-05');
    expect(result.verdict).toBe('OPEN');
    expect(result.daysLeft).toBe(-5);
  });

  it('reports zero days left on the deadline day itself', () => {
    expect(assess({}, '2025-03-31').daysLeft).toBe(0);
  });

  it('stops counting days left once the council has answered an open request', () => {
    const result = assess({ councilRespondedOn: '2025-03-20' }, '2025-03-25');
    expect(result.verdict).toBe('OPEN');
    expect(result.daysLeft).toBeNull();
  });

  it('counts whole calendar days across the switch to summer time', () => {
    // Europe/Amsterdam moves the clock on 2025-03-30; a day count must not lose an hour and a day with it.
    const result = assess(
      { requestedOn: '2025-03-20', adviceTermDays: 14, plannedDecisionOn: null },
      '2025-03-29',
    );
    expect(result.deadline).toBe('2025-04-03');
    expect(result.daysLeft).toBe(5);
  });

  it('marks a request made after the decision as after the fact', () => {
    const result = assess({ decidedOn: '2025-02-28', plannedDecisionOn: null });
    expect(result.verdict).toBe('AFTER_THE_FACT');
    expect(result.grantedDays).toBe(-3);
  });

  it('marks a request made after the decision as after the fact even if the council answered first', () => {
    const result = assess({
      requestedOn: '2025-03-03',
      councilRespondedOn: '2025-03-04',
      decidedOn: '2025-03-02',
    });
    expect(result.verdict).toBe('AFTER_THE_FACT');
  });

  it('marks a decision taken before the deadline without the council’s answer as after the fact', () => {
    const result = assess({ decidedOn: '2025-03-20' });
    expect(result.verdict).toBe('AFTER_THE_FACT');
  });

  it('marks a decision one day before the deadline without an answer as after the fact', () => {
    expect(assess({ decidedOn: '2025-03-30' }).verdict).toBe('AFTER_THE_FACT');
  });

  it('does not call a decision on the deadline day after the fact when the council has not answered', () => {
    const result = assess({ decidedOn: '2025-03-31', plannedDecisionOn: '2025-03-31' });
    expect(result.verdict).toBe('ON_TIME');
    expect(result.marginDays).toBe(0);
  });

  it('marks a decision before the deadline as after the fact when the council answered only later', () => {
    const result = assess({ decidedOn: '2025-03-20', councilRespondedOn: '2025-03-21' });
    expect(result.verdict).toBe('AFTER_THE_FACT');
  });

  it('accepts a decision on the same day the council answered', () => {
    const result = assess({ councilRespondedOn: '2025-03-20', decidedOn: '2025-03-20' });
    expect(result.verdict).toBe('ON_TIME');
  });

  it('marks a request short notice when the council got fewer days than its term', () => {
    const result = assess({
      plannedDecisionOn: '2025-03-24',
      councilRespondedOn: '2025-03-20',
      decidedOn: '2025-03-24',
    });
    expect(result).toMatchObject({ verdict: 'SHORT_NOTICE', grantedDays: 21, marginDays: -7 });
  });

  it('marks a request short notice when the council got exactly one day less than its term', () => {
    const result = assess({
      plannedDecisionOn: '2025-03-30',
      councilRespondedOn: '2025-03-29',
      decidedOn: '2025-04-02',
    });
    expect(result).toMatchObject({ verdict: 'SHORT_NOTICE', grantedDays: 27, marginDays: -1 });
  });

  it('marks a request on time when the planned decision falls exactly at the end of the term', () => {
    const result = assess({
      plannedDecisionOn: '2025-03-31',
      councilRespondedOn: '2025-03-28',
      decidedOn: '2025-03-31',
    });
    expect(result).toMatchObject({ verdict: 'ON_TIME', grantedDays: 28, marginDays: 0 });
  });

  it('marks a request on time when the council got more than its term and was heard before the decision', () => {
    const result = assess({ councilRespondedOn: '2025-03-28', decidedOn: '2025-04-14' });
    expect(result).toEqual<Timeliness>({
      verdict: 'ON_TIME',
      deadline: '2025-03-31',
      grantedDays: 42,
      marginDays: 14,
      daysLeft: null,
      councilLate: false,
    });
  });

  it('measures the granted days from the decision date when the request named no planned date', () => {
    const result = assess({
      plannedDecisionOn: null,
      councilRespondedOn: '2025-03-10',
      decidedOn: '2025-03-24',
    });
    expect(result).toMatchObject({ verdict: 'SHORT_NOTICE', grantedDays: 21, marginDays: -7 });
  });

  it('judges by the planned decision date stated in the request, not by a later actual decision', () => {
    const result = assess({
      plannedDecisionOn: '2025-03-17',
      councilRespondedOn: '2025-03-15',
      decidedOn: '2025-05-01',
    });
    expect(result).toMatchObject({ verdict: 'SHORT_NOTICE', grantedDays: 14 });
  });

  it('uses exactly the term passed in, so the caller decides which term was in force on the request date', () => {
    const request = {
      plannedDecisionOn: '2025-03-24',
      councilRespondedOn: '2025-03-20',
      decidedOn: '2025-03-24',
    };
    const shortTerm = assess({ ...request, adviceTermDays: 14 });
    const longTerm = assess({ ...request, adviceTermDays: 28 });
    expect(shortTerm).toMatchObject({ verdict: 'ON_TIME', deadline: '2025-03-17', marginDays: 7 });
    expect(longTerm).toMatchObject({ verdict: 'SHORT_NOTICE', deadline: '2025-03-31', marginDays: -7 });
  });

  it('applies the same rules to consent requests as to advice requests', () => {
    expect(assess({ kind: 'CONSENT', decidedOn: '2025-03-20' }).verdict).toBe('AFTER_THE_FACT');
    expect(
      assess({ kind: 'CONSENT', councilRespondedOn: '2025-03-28', decidedOn: '2025-04-14' }).verdict,
    ).toBe('ON_TIME');
  });
});

describe('assessTimeliness — figures', () => {
  it('flags the council late when it answered after its own deadline, without changing the verdict', () => {
    const result = assess({ councilRespondedOn: '2025-04-01', decidedOn: '2025-04-14' });
    expect(result.verdict).toBe('ON_TIME');
    expect(result.councilLate).toBe(true);
  });

  it('does not flag the council late when it answered on the deadline day', () => {
    expect(assess({ councilRespondedOn: '2025-03-31' }).councilLate).toBe(false);
  });

  it('still computes deadline and margins for withdrawn and not-requested verdicts when the dates exist', () => {
    const withdrawn = assess({ withdrawnOn: '2025-03-10' });
    const notRequested = assess({
      reportedNotRequested: true,
      decidedOn: '2025-04-14',
      plannedDecisionOn: null,
    });
    expect(withdrawn).toMatchObject({
      deadline: '2025-03-31',
      grantedDays: 42,
      marginDays: 14,
      daysLeft: null,
    });
    expect(notRequested).toMatchObject({
      deadline: '2025-03-31',
      grantedDays: 42,
      marginDays: 14,
      daysLeft: null,
    });
  });

  it('leaves granted days and margin empty while neither a planned nor an actual decision date is known', () => {
    const result = assess({ plannedDecisionOn: null });
    expect(result).toMatchObject({
      verdict: 'OPEN',
      deadline: '2025-03-31',
      grantedDays: null,
      marginDays: null,
    });
  });

  it('never holds unsolicited advice to the council’s term', () => {
    const result = assess({ kind: 'UNSOLICITED', councilRespondedOn: '2025-06-01' });
    expect(result.councilLate).toBe(false);
  });
});

describe('assessTimeliness — input validation', () => {
  it.each([
    ['requestedOn', '2025-3-3', 'INVALID_DATE'],
    ['requestedOn', '2025-02-30', 'INVALID_DATE'],
    ['plannedDecisionOn', '2023-02-29', 'INVALID_DATE'],
    ['councilRespondedOn', '2025-13-01', 'INVALID_DATE'],
    ['decidedOn', '2025-04-31', 'INVALID_DATE'],
    ['withdrawnOn', '2025-03-10T00:00:00Z', 'INVALID_DATE'],
    ['decidedOn', '', 'INVALID_DATE'],
  ] as const)('rejects %s = %j with %s naming the field', (field, value, code) => {
    const error = rejection(() => assess({ [field]: value }));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });

  it('accepts 29 February in a leap year and counts it as a day', () => {
    const result = assess({ requestedOn: '2024-02-15', decidedOn: '2024-02-29', plannedDecisionOn: null });
    expect(result).toMatchObject({ verdict: 'AFTER_THE_FACT', deadline: '2024-03-14', grantedDays: 14 });
  });

  it('rejects a malformed today', () => {
    const error = rejection(() => assess({}, '10-03-2025'));
    expect(error).toMatchObject({ code: 'INVALID_DATE', field: 'today' });
  });

  it.each([0, -7, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects an advice term of %s days', (term) => {
    const error = rejection(() => assess({ adviceTermDays: term }));
    expect(error).toMatchObject({ code: 'INVALID_TERM', field: 'adviceTermDays' });
  });

  it('rejects a council response dated before the request', () => {
    const error = rejection(() => assess({ councilRespondedOn: '2025-03-02' }));
    expect(error).toMatchObject({ code: 'RESPONSE_BEFORE_REQUEST', field: 'councilRespondedOn' });
  });

  it('accepts a council response on the day of the request', () => {
    expect(assess({ councilRespondedOn: '2025-03-03' }).verdict).toBe('OPEN');
  });

  it('rejects an unknown kind', () => {
    const error = rejection(() => assess({ kind: 'VERZWAARD_ADVIES' as TimelinessInput['kind'] }));
    expect(error).toMatchObject({ code: 'INVALID_KIND', field: 'kind' });
  });
});

// --- properties -------------------------------------------------------------------------------

const dayOffset = fc.integer({ min: -60, max: 240 });
const optionalOffset = fc.option(dayOffset, { nil: null });

/** Any valid input: dates around a request day, the response never before the request. */
const anyInput = fc
  .record({
    kind: fc.constantFrom('ADVICE', 'CONSENT', 'UNSOLICITED'),
    start: fc.integer({ min: 0, max: 3000 }),
    requested: fc.boolean(),
    adviceTermDays: fc.integer({ min: 1, max: 90 }),
    planned: optionalOffset,
    responded: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
    decided: optionalOffset,
    withdrawn: fc.option(dayOffset, { freq: 8, nil: null }),
    reportedNotRequested: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .map((r): TimelinessInput => ({
    kind: r.kind,
    requestedOn: r.requested ? day(r.start) : null,
    adviceTermDays: r.adviceTermDays,
    plannedDecisionOn: r.planned === null ? null : day(r.start + r.planned),
    councilRespondedOn: r.responded === null ? null : day(r.start + r.responded),
    decidedOn: r.decided === null ? null : day(r.start + r.decided),
    withdrawnOn: r.withdrawn === null ? null : day(r.start + r.withdrawn),
    reportedNotRequested: r.reportedNotRequested,
  }));

/** A requested, decided, not withdrawn advice or consent request: the cases that can be on time. */
const decidedRequest = fc
  .record({
    kind: fc.constantFrom('ADVICE' as const, 'CONSENT' as const),
    start: fc.integer({ min: 0, max: 3000 }),
    adviceTermDays: fc.integer({ min: 1, max: 60 }),
    planned: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    responded: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    decided: fc.integer({ min: -10, max: 120 }),
  })
  .map((r): TimelinessInput => ({
    kind: r.kind,
    requestedOn: day(r.start),
    adviceTermDays: r.adviceTermDays,
    plannedDecisionOn: r.planned === null ? null : day(r.start + r.planned),
    councilRespondedOn: r.responded === null ? null : day(r.start + r.responded),
    decidedOn: day(r.start + r.decided),
    withdrawnOn: null,
    reportedNotRequested: false,
  }));

const anyToday = fc.integer({ min: -100, max: 3400 }).map(day);
const shift = (date: string, days: number): string => day((Date.parse(date) - EPOCH) / 86_400_000 + days);

describe('assessTimeliness — properties', () => {
  it('always returns one of the seven verdicts', () => {
    fc.assert(
      fc.property(anyInput, anyToday, (input, today) => {
        expect(VERDICTS).toContain(assessTimeliness(input, today).verdict);
      }),
    );
  });

  it('keeps marginDays equal to grantedDays minus the term whenever both exist', () => {
    fc.assert(
      fc.property(anyInput, anyToday, (input, today) => {
        const { grantedDays, marginDays } = assessTimeliness(input, today);
        expect(marginDays === null).toBe(grantedDays === null);
        if (grantedDays !== null) expect(marginDays).toBe(grantedDays - input.adviceTermDays);
      }),
    );
  });

  it('places the deadline exactly one term after the request day', () => {
    fc.assert(
      fc.property(anyInput, anyToday, (input, today) => {
        const { deadline } = assessTimeliness(input, today);
        expect(deadline).toBe(
          input.requestedOn === null ? null : shift(input.requestedOn, input.adviceTermDays),
        );
      }),
    );
  });

  it('gives days left only for open requests the council has not answered yet', () => {
    fc.assert(
      fc.property(anyInput, anyToday, (input, today) => {
        const result = assessTimeliness(input, today);
        const counting = result.verdict === 'OPEN' && input.councilRespondedOn === null;
        expect(result.daysLeft !== null).toBe(counting);
      }),
    );
  });

  it('lets today change only the days left, never the verdict or the other figures', () => {
    fc.assert(
      fc.property(anyInput, anyToday, anyToday, (input, today, otherDay) => {
        const first = { ...assessTimeliness(input, today), daysLeft: null };
        const second = { ...assessTimeliness(input, otherDay), daysLeft: null };
        expect(second).toEqual(first);
      }),
    );
  });

  it('never turns an on-time request into after the fact by moving the decision later', () => {
    fc.assert(
      fc.property(decidedRequest, fc.integer({ min: 1, max: 200 }), anyToday, (input, later, today) => {
        fc.pre(assessTimeliness(input, today).verdict === 'ON_TIME');
        const moved = { ...input, decidedOn: shift(input.decidedOn as string, later) };
        expect(assessTimeliness(moved, today).verdict).not.toBe('AFTER_THE_FACT');
        expect(assessTimeliness(moved, today).verdict).toBe('ON_TIME');
      }),
    );
  });

  it('never turns an on-time request into short notice by planning the decision later', () => {
    fc.assert(
      fc.property(decidedRequest, fc.integer({ min: 1, max: 200 }), anyToday, (input, later, today) => {
        fc.pre(input.plannedDecisionOn !== null && assessTimeliness(input, today).verdict === 'ON_TIME');
        const moved = { ...input, plannedDecisionOn: shift(input.plannedDecisionOn as string, later) };
        expect(assessTimeliness(moved, today).verdict).not.toBe('SHORT_NOTICE');
        expect(assessTimeliness(moved, today).verdict).toBe('ON_TIME');
      }),
    );
  });

  it('only ever calls a request after the fact when it was decided before it was asked or before the council was heard', () => {
    fc.assert(
      fc.property(anyInput, anyToday, (input, today) => {
        const result = assessTimeliness(input, today);
        fc.pre(result.verdict === 'AFTER_THE_FACT');
        const decided = input.decidedOn as string;
        const requested = input.requestedOn as string;
        const heardInTime = input.councilRespondedOn !== null && input.councilRespondedOn <= decided;
        expect(decided < requested || (decided < (result.deadline as string) && !heardInTime)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects malformed input only with a DomainValidationError that names an input field', () => {
    const fields = [
      'kind',
      'requestedOn',
      'adviceTermDays',
      'plannedDecisionOn',
      'councilRespondedOn',
      'decidedOn',
      'withdrawnOn',
      'today',
    ];
    const maybeDate = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), anyToday);
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom('ADVICE', 'CONSENT', 'UNSOLICITED', 'OTHER'),
          requestedOn: maybeDate,
          adviceTermDays: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double()),
          plannedDecisionOn: maybeDate,
          councilRespondedOn: maybeDate,
          decidedOn: maybeDate,
          withdrawnOn: maybeDate,
          reportedNotRequested: fc.boolean(),
        }),
        fc.oneof(fc.string({ maxLength: 12 }), anyToday),
        (input, today) => {
          try {
            assessTimeliness(input as TimelinessInput, today);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainValidationError);
            expect(fields).toContain((error as DomainValidationError).field);
          }
        },
      ),
    );
  });
});
