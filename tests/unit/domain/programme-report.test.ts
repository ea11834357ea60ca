import { describe, expect, it } from 'vitest';
import {
  assertReportTransition,
  canTransitionReport,
  isReportEditable,
  isReportVisibleToRegion,
  REPORT_STATUSES,
  reportTransitions,
  type ReportStatus,
} from '@pm/domain';

function thrown(run: () => unknown): { code?: string; field?: string } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; field?: string };
  }
  throw new Error('expected the call to throw');
}

const allowed: Array<[ReportStatus, ReportStatus]> = [
  ['DRAFT', 'SENT_TO_PARTICIPANTS'],
  ['SENT_TO_PARTICIPANTS', 'APPROVED_BY_PARTICIPANTS'],
  ['SENT_TO_PARTICIPANTS', 'DRAFT'],
  ['APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION'],
];

describe('report lifecycle', () => {
  it('allows exactly draft → sent → approved → shared, and sent back to draft', () => {
    for (const from of REPORT_STATUSES) {
      for (const to of REPORT_STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canTransitionReport(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('walks the whole approval path without complaint', () => {
    expect(() => {
      assertReportTransition('DRAFT', 'SENT_TO_PARTICIPANTS');
      assertReportTransition('SENT_TO_PARTICIPANTS', 'DRAFT');
      assertReportTransition('DRAFT', 'SENT_TO_PARTICIPANTS');
      assertReportTransition('SENT_TO_PARTICIPANTS', 'APPROVED_BY_PARTICIPANTS');
      assertReportTransition('APPROVED_BY_PARTICIPANTS', 'SHARED_WITH_REGION');
    }).not.toThrow();
  });

  it('refuses to share a draft with the region before participants approved it', () => {
    expect(thrown(() => assertReportTransition('DRAFT', 'SHARED_WITH_REGION'))).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'status',
    });
    expect(thrown(() => assertReportTransition('SENT_TO_PARTICIPANTS', 'SHARED_WITH_REGION'))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('refuses to approve a report that was never sent to participants', () => {
    expect(thrown(() => assertReportTransition('DRAFT', 'APPROVED_BY_PARTICIPANTS'))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('refuses to reopen an approved or shared report', () => {
    expect(thrown(() => assertReportTransition('APPROVED_BY_PARTICIPANTS', 'DRAFT'))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(thrown(() => assertReportTransition('SHARED_WITH_REGION', 'DRAFT'))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(reportTransitions('SHARED_WITH_REGION')).toEqual([]);
  });

  it('does not count staying in the same status as a transition', () => {
    expect(thrown(() => assertReportTransition('DRAFT', 'DRAFT'))).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('lets a report be edited only until participants approve it', () => {
    expect(REPORT_STATUSES.filter(isReportEditable)).toEqual(['DRAFT', 'SENT_TO_PARTICIPANTS']);
  });

  it('shows a report to the region only once participants approved it', () => {
    expect(REPORT_STATUSES.filter(isReportVisibleToRegion)).toEqual([
      'APPROVED_BY_PARTICIPANTS',
      'SHARED_WITH_REGION',
    ]);
  });
});
