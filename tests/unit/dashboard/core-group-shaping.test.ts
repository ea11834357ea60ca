import { describe, expect, it } from 'vitest';
import {
  actionCodec,
  dueWindow,
  toActionFilter,
} from '../../../dashboard/src/features/core-group/action-filters';
import { monthTicks, toTimeline } from '../../../dashboard/src/features/core-group/to-timeline';

describe('Kerngroep filters', () => {
  const none = actionCodec.parse(new URLSearchParams());

  it('turns due windows into dates counted from the API’s today', () => {
    expect(dueWindow('7', '2026-11-23')).toEqual({ dueFrom: '2026-11-23', dueTo: '2026-11-30' });
    expect(dueWindow('maand', '2026-02-10')).toEqual({ dueFrom: '2026-02-01', dueTo: '2026-02-28' });
    expect(dueWindow('maand', '2028-02-10')).toEqual({ dueFrom: '2028-02-01', dueTo: '2028-02-29' });
    expect(dueWindow('verlopen', '2026-11-23')).toEqual({ dueTo: '2026-11-22' });
    expect(dueWindow('alle', '2026-11-23')).toEqual({});
  });

  it('sends status, owner, municipality, late, search and window to the API, and leaves unset ones out', () => {
    expect(toActionFilter(none, '2026-11-23')).toEqual({});
    expect(
      toActionFilter(
        {
          ...none,
          status: 'BLOCKED',
          member: '4',
          municipality: '7',
          late: 'ja',
          due: '30',
          search: ' jongeren ',
        },
        '2026-11-23',
      ),
    ).toEqual({
      statuses: ['BLOCKED'],
      memberId: '4',
      municipalityId: '7',
      late: true,
      search: 'jongeren',
      dueFrom: '2026-11-23',
      dueTo: '2026-12-23',
    });
  });

  it('round-trips through the URL, including the opened action, and drops invalid values', () => {
    const value = {
      ...none,
      pillar: 'P2' as const,
      late: 'nee' as const,
      sort: { key: 'progress', dir: 'desc' as const },
      action: '12',
    };
    const params = actionCodec.write(value);
    expect(params.toString()).toBe('pijler=P2&laat=nee&sort=-progress&actie=12');
    expect(actionCodec.parse(params)).toEqual(value);
    expect(actionCodec.parse(new URLSearchParams('actie=1;drop&status=KLAAR&pijler=P9'))).toEqual(none);
  });
});

describe('toTimeline', () => {
  const action = (
    id: string,
    startOn: string | null,
    dueOn: string | null,
    extra: Partial<Parameters<typeof toTimeline>[0][number]> = {},
  ) => ({
    id,
    title: `Actie ${id}`,
    status: 'IN_PROGRESS',
    late: false,
    startOn,
    dueOn,
    blockedBy: [],
    milestones: [],
    ...extra,
  });

  it('draws each action from start to due date on a day axis starting at the earliest date', () => {
    const timeline = toTimeline(
      [action('1', '2026-11-01', '2026-12-01'), action('2', '2026-10-01', '2026-10-11')],
      '2026-11-23',
    );
    expect(timeline.origin).toBe('2026-10-01');
    expect(timeline.rows.map((r) => [r.id, r.offset, r.duration])).toEqual([
      ['2', 0, 10],
      ['1', 31, 30],
    ]);
    expect(timeline.todayDay).toBe(53);
    expect(timeline.span).toBe(62);
  });

  it('starts a bar without a start date at its due date, and counts actions without a due date apart', () => {
    const timeline = toTimeline(
      [action('1', null, '2026-12-01'), action('2', '2026-10-01', null)],
      '2026-11-23',
    );
    expect(timeline.rows).toHaveLength(1);
    expect(timeline.rows[0]).toMatchObject({ startUnknown: true, duration: 1, startOn: '2026-12-01' });
    expect(timeline.unplanned).toBe(1);
  });

  it('places milestones on the axis and marks a wait only on blockers that are still open', () => {
    const timeline = toTimeline(
      [
        action('1', '2026-11-01', '2026-12-31', {
          late: false,
          milestones: [{ id: 'm', title: 'Plan', dueOn: '2026-11-11', doneOn: null, late: true }],
          blockedBy: [
            { id: '8', title: 'Open blokkade', status: 'PLANNED' },
            { id: '9', title: 'Klaar', status: 'DONE' },
          ],
        }),
      ],
      '2026-11-23',
    );
    expect(timeline.rows[0]!.milestones).toEqual([
      { id: 'm', title: 'Plan', day: 10, done: false, late: true },
    ]);
    expect(timeline.rows[0]!.waitingOn).toEqual(['Open blokkade']);
  });

  it('returns an empty timeline (the view then says why) when no action has a due date', () => {
    expect(toTimeline([action('1', null, null)], '2026-11-23')).toMatchObject({ rows: [], unplanned: 1 });
  });

  it('puts a tick on the first of each month, thinned to about twelve', () => {
    expect(monthTicks('2026-10-15', 60)).toEqual([
      { day: 17, month: '2026-11' },
      { day: 47, month: '2026-12' },
    ]);
    expect(monthTicks('2020-01-01', 3650).length).toBeLessThanOrEqual(12);
  });
});
