import { describe, expect, it } from 'vitest';
import { isActionLate, isMilestoneLate } from '@pm/domain';

function thrown(run: () => unknown): { code?: string; field?: string } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; field?: string };
  }
  throw new Error('expected the call to throw');
}

const today = '2024-06-15';

describe('isActionLate', () => {
  it.each(['IDEA', 'PLANNED', 'IN_PROGRESS', 'BLOCKED'] as const)(
    'marks an open %s action due yesterday late',
    (status) => {
      expect(isActionLate({ status, dueOn: '2024-06-14' }, today)).toBe(true);
    },
  );

  it('does not mark an action due today late yet', () => {
    expect(isActionLate({ status: 'IN_PROGRESS', dueOn: today }, today)).toBe(false);
  });

  it('does not mark an action due in the future late', () => {
    expect(isActionLate({ status: 'IN_PROGRESS', dueOn: '2024-06-16' }, today)).toBe(false);
  });

  it.each(['DONE', 'DROPPED'] as const)('never marks a %s action late', (status) => {
    expect(isActionLate({ status, dueOn: '2020-01-01' }, today)).toBe(false);
  });

  it('never marks an action without a due date late', () => {
    expect(isActionLate({ status: 'BLOCKED', dueOn: null }, today)).toBe(false);
  });

  it('compares across a year boundary', () => {
    expect(isActionLate({ status: 'PLANNED', dueOn: '2023-12-31' }, '2024-01-01')).toBe(true);
  });

  it.each(['2024-6-1', '01-06-2024', '2024-02-30', '2023-02-29', '2024-13-01', '2024-06-15T00:00'])(
    'refuses the due date %s',
    (dueOn) => {
      expect(thrown(() => isActionLate({ status: 'PLANNED', dueOn }, today))).toMatchObject({
        code: 'INVALID_DATE',
        field: 'dueOn',
      });
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(isActionLate({ status: 'PLANNED', dueOn: '2024-02-29' }, today)).toBe(true);
  });

  it('refuses a malformed today', () => {
    expect(
      thrown(() => isActionLate({ status: 'PLANNED', dueOn: '2024-01-01' }, '15-06-2024')),
    ).toMatchObject({
      code: 'INVALID_DATE',
      field: 'today',
    });
  });
});

describe('isMilestoneLate', () => {
  it('marks an open milestone due yesterday late', () => {
    expect(isMilestoneLate({ dueOn: '2024-06-14', doneOn: null }, today)).toBe(true);
  });

  it('does not mark an open milestone due today late', () => {
    expect(isMilestoneLate({ dueOn: today, doneOn: null }, today)).toBe(false);
  });

  it('does not mark a milestone reached after its date late any more', () => {
    expect(isMilestoneLate({ dueOn: '2024-05-01', doneOn: '2024-05-20' }, today)).toBe(false);
  });

  it('does not mark a milestone without a date late', () => {
    expect(isMilestoneLate({ dueOn: null, doneOn: null }, today)).toBe(false);
  });

  it('refuses a malformed date on which the milestone was reached', () => {
    expect(thrown(() => isMilestoneLate({ dueOn: '2024-05-01', doneOn: '2024-5-20' }, today))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'doneOn',
    });
  });
});
