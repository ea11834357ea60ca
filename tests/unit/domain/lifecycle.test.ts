import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainValidationError,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  assertTransition,
  canTransition,
  nextStatuses,
  type RequestStatus,
} from '@pm/domain';

const OPEN_STATUSES: readonly RequestStatus[] = ['DRAFT', 'SENT', 'RESPONDED', 'ESCALATED'];

describe('request lifecycle', () => {
  it('follows the main path from draft to communicated', () => {
    const path: RequestStatus[] = ['DRAFT', 'SENT', 'RESPONDED', 'DECIDED', 'COMMUNICATED'];
    for (let i = 1; i < path.length; i++) {
      expect(canTransition(path[i - 1] as RequestStatus, path[i] as RequestStatus)).toBe(true);
    }
  });

  it.each(OPEN_STATUSES)('allows withdrawing a request that is still %s', (from) => {
    expect(canTransition(from, 'WITHDRAWN')).toBe(true);
  });

  it.each(['DECIDED', 'COMMUNICATED', 'WITHDRAWN'] as const)(
    'does not allow withdrawing a request that is %s',
    (from) => {
      expect(canTransition(from, 'WITHDRAWN')).toBe(false);
    },
  );

  it('allows escalation to the commissie van vertrouwenslieden from answered or decided requests only', () => {
    const escalatable = REQUEST_STATUSES.filter((from) => canTransition(from, 'ESCALATED'));
    expect(escalatable).toEqual(['RESPONDED', 'DECIDED']);
  });

  it('comes back out of escalation as decided, with the ruling', () => {
    expect(nextStatuses('ESCALATED')).toEqual(['DECIDED', 'WITHDRAWN']);
  });

  it('lets a board record a decision taken before the council answered', () => {
    expect(canTransition('SENT', 'DECIDED')).toBe(true);
  });

  it('does not let a draft skip being sent', () => {
    expect(canTransition('DRAFT', 'RESPONDED')).toBe(false);
    expect(canTransition('DRAFT', 'DECIDED')).toBe(false);
  });

  it('does not let a decision be communicated before it is taken', () => {
    expect(canTransition('RESPONDED', 'COMMUNICATED')).toBe(false);
  });

  it('treats communicated and withdrawn as final', () => {
    expect(nextStatuses('COMMUNICATED')).toEqual([]);
    expect(nextStatuses('WITHDRAWN')).toEqual([]);
  });

  it('never moves backwards to draft or sent', () => {
    for (const from of REQUEST_STATUSES) {
      expect(canTransition(from, 'DRAFT')).toBe(false);
      if (from !== 'DRAFT') expect(canTransition(from, 'SENT')).toBe(false);
    }
  });

  it('does not count staying put as a move', () => {
    for (const status of REQUEST_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('refuses unknown statuses instead of crashing', () => {
    expect(canTransition('ARCHIVED' as RequestStatus, 'SENT')).toBe(false);
    expect(canTransition('DRAFT', 'toString' as RequestStatus)).toBe(false);
    expect(nextStatuses('constructor' as RequestStatus)).toEqual([]);
  });

  it('returns a copy, so a caller cannot change the rules', () => {
    const next = nextStatuses('DRAFT');
    next.push('COMMUNICATED');
    expect(nextStatuses('DRAFT')).toEqual(['SENT', 'WITHDRAWN']);
  });

  it('throws INVALID_TRANSITION on field status for a move that is not allowed', () => {
    let caught: unknown;
    try {
      assertTransition('COMMUNICATED', 'DRAFT');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainValidationError);
    expect(caught).toMatchObject({ code: 'INVALID_TRANSITION', field: 'status' });
    expect((caught as Error).message).toContain('Decision communicated');
  });

  it('lets an allowed move pass silently', () => {
    expect(() => assertTransition('RESPONDED', 'ESCALATED')).not.toThrow();
  });
});

describe('request lifecycle — properties', () => {
  const status = fc.constantFrom(...REQUEST_STATUSES);

  it('agrees between canTransition, nextStatuses and assertTransition for every pair', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        const allowed = canTransition(from, to);
        expect(nextStatuses(from).includes(to)).toBe(allowed);
        if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
        else expect(() => assertTransition(from, to)).toThrow(DomainValidationError);
      }),
    );
  });

  it('reaches a final status from any status along allowed moves', () => {
    const final = REQUEST_STATUSES.filter((s) => REQUEST_TRANSITIONS[s].length === 0);
    expect(final).toEqual(['COMMUNICATED', 'WITHDRAWN']);
    for (const start of REQUEST_STATUSES) {
      const seen = new Set<RequestStatus>([start]);
      const queue: RequestStatus[] = [start];
      while (queue.length > 0) {
        for (const next of nextStatuses(queue.shift() as RequestStatus)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(final.some((s) => seen.has(s))).toBe(true);
    }
  });
});
