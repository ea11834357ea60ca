import { describe, expect, it } from 'vitest';
import {
  awaitsPosition,
  compareWithRegion,
  deadlineState,
  toIcs,
} from '../../../dashboard/src/features/council/to-council-requests';

const request = (over: Partial<Parameters<typeof deadlineState>[0]> = {}) => ({
  id: '7',
  title: 'Nieuwe teamindeling',
  status: 'SENT',
  councilRespondedOn: null,
  councilPosition: null,
  timeliness: { verdict: 'OPEN', deadline: '2026-12-14', daysLeft: 21 },
  ...over,
});

describe('deadlineState', () => {
  it('counts the days the council has left, today being day 0', () => {
    expect(deadlineState(request())).toEqual({ kind: 'daysLeft', days: 21, deadline: '2026-12-14' });
    expect(
      deadlineState(request({ timeliness: { verdict: 'OPEN', deadline: '2026-11-23', daysLeft: 0 } })),
    ).toMatchObject({
      kind: 'daysLeft',
      days: 0,
    });
  });
  it('says the term has passed when the deadline is behind us without an answer', () => {
    expect(
      deadlineState(request({ timeliness: { verdict: 'OPEN', deadline: '2026-11-20', daysLeft: -3 } })),
    ).toEqual({
      kind: 'overdue',
      days: 3,
      deadline: '2026-11-20',
    });
  });
  it('shows the answer date once the council answered, and nothing without a deadline', () => {
    expect(deadlineState(request({ councilRespondedOn: '2026-11-10' }))).toEqual({
      kind: 'answered',
      on: '2026-11-10',
    });
    expect(deadlineState(request({ timeliness: null }))).toEqual({ kind: 'none' });
  });
});

describe('awaitsPosition', () => {
  const entry = (over: Record<string, unknown> = {}) => ({
    ...request(),
    kind: 'ADVICE',
    reportedNotRequested: false,
    ...over,
  });
  it('offers the position form only on a sent request the council has not answered', () => {
    expect(awaitsPosition(entry())).toBe(true);
    expect(awaitsPosition(entry({ status: 'RESPONDED', councilPosition: 'POSITIVE' }))).toBe(false);
    expect(awaitsPosition(entry({ status: 'DRAFT' }))).toBe(false);
    expect(awaitsPosition(entry({ kind: 'UNSOLICITED' }))).toBe(false);
    expect(awaitsPosition(entry({ reportedNotRequested: true }))).toBe(false);
  });
});

describe('compareWithRegion', () => {
  it('gives both rates and the difference in points as the page rounds them', () => {
    expect(
      compareWithRegion({ onTimeRate: 0.625, ratedCount: 8 }, { onTimeRate: 0.6149, ratedCount: 400 }),
    ).toEqual({
      council: 0.625,
      councilRated: 8,
      region: 0.6149,
      regionRated: 400,
      points: 2,
    });
  });
  it('has no rate and no difference when nothing was rated', () => {
    expect(compareWithRegion({ onTimeRate: null, ratedCount: 0 }, undefined)).toMatchObject({
      council: null,
      region: null,
      points: null,
    });
  });
});

describe('toIcs', () => {
  it('writes one all-day event per deadline, CRLF line endings and escaped text', () => {
    const ics = toIcs(
      'Cliëntenraad; Mergelland',
      [{ id: '7', title: 'Begroting, 2027', deadline: '2026-12-31' }],
      '2026-11-23',
      (t) => `Deadline: ${t}`,
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Cliëntenraad\\; Mergelland\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(ics).toContain('SUMMARY:Deadline: Begroting\\, 2027\r\n');
    expect(ics).toContain('UID:verzoek-7@participatiemonitor');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
