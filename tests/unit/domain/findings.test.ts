import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainValidationError,
  FINDING_CODES,
  FINDING_LABELS,
  UNSOLICITED_ANSWER_DAYS,
  assessFindings,
  type FindingsInput,
} from '@pm/domain';

// A request for advice, asked in time, answered, followed and decided: nothing to report.
const clean: FindingsInput = {
  kind: 'ADVICE',
  requestedOn: '2025-03-03',
  adviceTermDays: 28, // deadline 2025-03-31
  plannedDecisionOn: '2025-04-14',
  councilRespondedOn: '2025-03-28',
  decidedOn: '2025-04-14',
  withdrawnOn: null,
  reportedNotRequested: false,
  position: 'NEGATIVE',
  outcome: 'FOLLOWED',
  consultationHeldOn: null,
  writtenReasonsGiven: true,
  escalationRuling: 'NONE',
};
const TODAY = '2025-06-01';

const findings = (overrides: Partial<FindingsInput>, today = TODAY) =>
  assessFindings({ ...clean, ...overrides }, today);

// Unsolicited advice the council gave on 2025-03-10 and the provider has not answered yet.
const unsolicited: Partial<FindingsInput> = {
  kind: 'UNSOLICITED',
  requestedOn: null,
  plannedDecisionOn: null,
  councilRespondedOn: '2025-03-10',
  decidedOn: null,
  position: 'POSITIVE',
  outcome: null,
  writtenReasonsGiven: false,
};

describe('assessFindings', () => {
  it('reports nothing for advice asked, answered, followed and decided', () => {
    expect(findings({})).toEqual([]);
  });

  it('reports a deviation without prior consultation when advice was not followed and nobody met first', () => {
    expect(findings({ outcome: 'NOT_FOLLOWED' })).toEqual(['DEVIATION_WITHOUT_CONSULTATION']);
  });

  it('reports a deviation without prior consultation when the only meeting came after the decision', () => {
    expect(findings({ outcome: 'PARTLY_FOLLOWED', consultationHeldOn: '2025-04-15' })).toEqual([
      'DEVIATION_WITHOUT_CONSULTATION',
    ]);
  });

  it('accepts a consultation held on the decision day itself', () => {
    expect(findings({ outcome: 'NOT_FOLLOWED', consultationHeldOn: '2025-04-14' })).toEqual([]);
  });

  it('reports a deviation without written reasons', () => {
    expect(
      findings({ outcome: 'PARTLY_FOLLOWED', consultationHeldOn: '2025-04-07', writtenReasonsGiven: false }),
    ).toEqual(['DEVIATION_WITHOUT_REASONS']);
  });

  it('reports both deviation findings when the provider neither met nor explained', () => {
    expect(findings({ outcome: 'NOT_FOLLOWED', writtenReasonsGiven: false })).toEqual([
      'DEVIATION_WITHOUT_CONSULTATION',
      'DEVIATION_WITHOUT_REASONS',
    ]);
  });

  it('does not ask for reasons or a meeting when the advice was followed', () => {
    expect(findings({ outcome: 'FOLLOWED', writtenReasonsGiven: false })).toEqual([]);
  });

  it('reports a consent subject carried out after the council withheld consent', () => {
    const consent = { kind: 'CONSENT', position: 'CONSENT_WITHHELD', outcome: null } as const;
    expect(findings(consent)).toEqual(['CONSENT_WITHHELD_CARRIED_OUT']);
    expect(findings({ ...consent, escalationRuling: 'PENDING' })).toEqual(['CONSENT_WITHHELD_CARRIED_OUT']);
    expect(findings({ ...consent, escalationRuling: 'SUBSTITUTE_CONSENT_REFUSED' })).toEqual([
      'CONSENT_WITHHELD_CARRIED_OUT',
    ]);
  });

  it('accepts a withheld consent overruled by substitute consent from the commissie van vertrouwenslieden', () => {
    expect(
      findings({
        kind: 'CONSENT',
        position: 'CONSENT_WITHHELD',
        outcome: null,
        escalationRuling: 'SUBSTITUTE_CONSENT_GRANTED',
      }),
    ).toEqual([]);
  });

  it('reports nothing while a withheld consent has not been acted on', () => {
    expect(
      findings({ kind: 'CONSENT', position: 'CONSENT_WITHHELD', outcome: null, decidedOn: null }),
    ).toEqual([]);
  });

  it('does not treat consent given as a deviation', () => {
    expect(findings({ kind: 'CONSENT', position: 'CONSENT_GIVEN', outcome: 'NOT_FOLLOWED' })).toEqual([]);
  });

  it('reports unsolicited advice answered without written reasons', () => {
    expect(findings({ ...unsolicited, decidedOn: '2025-04-01', outcome: 'FOLLOWED' })).toEqual([
      'UNSOLICITED_WITHOUT_REASONED_ANSWER',
    ]);
  });

  it('reports unsolicited advice not followed without reasons once, not also as a deviation without reasons', () => {
    expect(
      findings({
        ...unsolicited,
        decidedOn: '2025-04-01',
        outcome: 'NOT_FOLLOWED',
        consultationHeldOn: '2025-03-25',
      }),
    ).toEqual(['UNSOLICITED_WITHOUT_REASONED_ANSWER']);
  });

  it('accepts unsolicited advice answered with written reasons', () => {
    expect(findings({ ...unsolicited, decidedOn: '2025-04-01', writtenReasonsGiven: true })).toEqual([]);
  });

  it(`waits ${UNSOLICITED_ANSWER_DAYS} days for an answer to unsolicited advice, then reports it missing`, () => {
    expect(UNSOLICITED_ANSWER_DAYS).toBe(60);
    // Given 2025-03-10: day 60 is 2025-05-09.
    expect(findings(unsolicited, '2025-05-09')).toEqual([]);
    expect(findings(unsolicited, '2025-05-10')).toEqual(['UNSOLICITED_WITHOUT_REASONED_ANSWER']);
  });

  it('stops waiting for an answer to unsolicited advice once it is withdrawn', () => {
    expect(findings({ ...unsolicited, withdrawnOn: '2025-03-20' }, '2025-12-01')).toEqual([]);
  });

  it('never holds unsolicited advice to the council’s own term', () => {
    expect(
      findings({
        ...unsolicited,
        requestedOn: '2025-01-01',
        writtenReasonsGiven: true,
        decidedOn: '2025-04-01',
      }),
    ).toEqual([]);
  });

  it('reports a council that answered after its own term, fair to providers too', () => {
    expect(findings({ councilRespondedOn: '2025-04-01' })).toEqual(['COUNCIL_ANSWERED_LATE']);
    expect(findings({ councilRespondedOn: '2025-03-31' })).toEqual([]);
  });

  it('lists findings in the fixed order of FINDING_CODES', () => {
    const result = findings({
      outcome: 'NOT_FOLLOWED',
      writtenReasonsGiven: false,
      councilRespondedOn: '2025-04-02',
    });
    expect(result).toEqual([
      'DEVIATION_WITHOUT_CONSULTATION',
      'DEVIATION_WITHOUT_REASONS',
      'COUNCIL_ANSWERED_LATE',
    ]);
  });

  it('rejects a malformed consultation date naming its field', () => {
    let caught: unknown;
    try {
      findings({ consultationHeldOn: '2025-02-30' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainValidationError);
    expect(caught).toMatchObject({ code: 'INVALID_DATE', field: 'consultationHeldOn' });
  });

  it('rejects what the timeliness rule rejects', () => {
    expect(() => findings({ adviceTermDays: 0 })).toThrow(DomainValidationError);
  });

  it('labels every finding in Dutch and English', () => {
    expect(Object.keys(FINDING_LABELS).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) {
      expect(FINDING_LABELS[code].nl.length).toBeGreaterThan(0);
      expect(FINDING_LABELS[code].en.length).toBeGreaterThan(0);
    }
  });
});

describe('assessFindings — properties', () => {
  const EPOCH = Date.UTC(2024, 0, 1);
  const day = (n: number): string => new Date(EPOCH + n * 86_400_000).toISOString().slice(0, 10);
  const optionalDay = (min: number, max: number) =>
    fc.option(fc.integer({ min, max }).map(day), { nil: null });

  const anyEntry: fc.Arbitrary<FindingsInput> = fc.record({
    kind: fc.constantFrom('ADVICE', 'CONSENT', 'UNSOLICITED'),
    requestedOn: fc.option(fc.constant(day(0)), { nil: null }),
    adviceTermDays: fc.integer({ min: 1, max: 60 }),
    plannedDecisionOn: optionalDay(-10, 120),
    councilRespondedOn: optionalDay(0, 120),
    decidedOn: optionalDay(-10, 120),
    withdrawnOn: optionalDay(0, 120),
    reportedNotRequested: fc.boolean(),
    position: fc.option(
      fc.constantFrom(
        'POSITIVE',
        'POSITIVE_WITH_CONDITIONS',
        'NEGATIVE',
        'NO_ADVICE',
        'CONSENT_GIVEN',
        'CONSENT_WITHHELD',
      ),
      { nil: null },
    ),
    outcome: fc.option(fc.constantFrom('FOLLOWED', 'PARTLY_FOLLOWED', 'NOT_FOLLOWED'), { nil: null }),
    consultationHeldOn: optionalDay(-10, 130),
    writtenReasonsGiven: fc.boolean(),
    escalationRuling: fc.constantFrom(
      'NONE',
      'PENDING',
      'SUBSTITUTE_CONSENT_GRANTED',
      'SUBSTITUTE_CONSENT_REFUSED',
      'RULED_FOR_COUNCIL',
      'RULED_FOR_PROVIDER',
    ),
  });
  const anyToday = fc.integer({ min: 0, max: 400 }).map(day);

  it('returns known codes, each at most once, in the fixed order', () => {
    fc.assert(
      fc.property(anyEntry, anyToday, (entry, today) => {
        const result = assessFindings(entry, today);
        const indexes = result.map((code) => FINDING_CODES.indexOf(code));
        expect(indexes.every((index) => index >= 0)).toBe(true);
        expect(indexes).toEqual([...new Set(indexes)].sort((a, b) => a - b));
      }),
    );
  });

  it('never reports a deviation when the advice was followed or no outcome is known', () => {
    fc.assert(
      fc.property(anyEntry, anyToday, (entry, today) => {
        fc.pre(entry.outcome === null || entry.outcome === 'FOLLOWED');
        const result = assessFindings(entry, today);
        expect(result).not.toContain('DEVIATION_WITHOUT_CONSULTATION');
        expect(result).not.toContain('DEVIATION_WITHOUT_REASONS');
      }),
    );
  });

  it('never reports a consent finding once substitute consent was granted', () => {
    fc.assert(
      fc.property(anyEntry, anyToday, (entry, today) => {
        const granted = { ...entry, escalationRuling: 'SUBSTITUTE_CONSENT_GRANTED' as const };
        expect(assessFindings(granted, today)).not.toContain('CONSENT_WITHHELD_CARRIED_OUT');
      }),
    );
  });

  it('only ever adds findings as today moves later, never removes one', () => {
    fc.assert(
      fc.property(anyEntry, anyToday, fc.nat(200), (entry, today, later) => {
        const before = assessFindings(entry, today);
        const after = assessFindings(entry, day((Date.parse(today) - EPOCH) / 86_400_000 + later));
        for (const code of before) expect(after).toContain(code);
      }),
    );
  });
});
