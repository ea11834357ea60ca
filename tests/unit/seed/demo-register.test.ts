import { describe, expect, it } from 'vitest';
import { assessFindings, assessTimeliness, RATED_VERDICTS, type Verdict } from '@pm/domain';
import { DEMO_REFERENCE_DATE } from '../../../api/src/seed/reference-date';
import { buildDemoRegister, type DemoEntry, statusOf } from '../../../api/src/seed/demo-register';

const { entries, meetings } = buildDemoRegister();
const verdict = (e: DemoEntry): Verdict => assessTimeliness(e, DEMO_REFERENCE_DATE).verdict;
const rated = (key: string) =>
  entries
    .filter((e) => e.providerKey === key && e.status !== 'DRAFT')
    .map(verdict)
    .filter((v) => (RATED_VERDICTS as readonly string[]).includes(v));
const share = (verdicts: Verdict[], of: Verdict) => verdicts.filter((v) => v === of).length / verdicts.length;
const DATE_FIELDS = [
  'requestedOn',
  'councilRespondedOn',
  'decidedOn',
  'decisionCommunicatedOn',
  'consultationHeldOn',
  'escalatedOn',
  'rulingOn',
  'withdrawnOn',
] as const;

describe('demo register', () => {
  it('is the same on every run (no unseeded randomness)', () => {
    expect(buildDemoRegister()).toEqual({ entries, meetings });
  });

  it('covers two years up to the reference date and records nothing that happened after it', () => {
    expect(entries.length).toBeGreaterThan(200);
    for (const e of entries)
      for (const field of DATE_FIELDS)
        if (e[field] !== null) expect(e[field]! <= DEMO_REFERENCE_DATE).toBe(true);
    const first = entries
      .map((e) => e.requestedOn)
      .filter((d) => d !== null)
      .sort()[0]!;
    expect(first >= '2024-11-23' && first < '2025-01-15').toBe(true);
  });

  it('gives every entry the status its dates imply and dates the domain rules accept', () => {
    for (const e of entries) {
      expect(e.status).toBe(statusOf(e));
      expect(() => assessFindings({ ...e, position: e.councilPosition }, DEMO_REFERENCE_DATE)).not.toThrow();
    }
  });

  it("shows 'kompasroos' always on time", () => {
    const verdicts = rated('kompasroos');
    expect(verdicts.length).toBeGreaterThanOrEqual(10);
    expect(new Set(verdicts)).toEqual(new Set(['ON_TIME']));
  });

  it("shows 'opvoedsteun' routinely giving short notice", () => {
    const verdicts = rated('opvoedsteun');
    expect(share(verdicts, 'SHORT_NOTICE')).toBeGreaterThan(0.5);
  });

  it("shows 'steenkolenhuis' deciding after the fact and decisions its council was never asked about", () => {
    const verdicts = rated('steenkolenhuis');
    expect(share(verdicts, 'AFTER_THE_FACT')).toBeGreaterThanOrEqual(0.4);
    expect(verdicts.filter((v) => v === 'NOT_REQUESTED').length).toBeGreaterThanOrEqual(3);
  });

  it('has councils that answer after their own term', () => {
    const late = entries.filter(
      (e) => e.status !== 'DRAFT' && assessTimeliness(e, DEMO_REFERENCE_DATE).councilLate,
    );
    expect(new Set(late.map((e) => e.providerKey)).size).toBeGreaterThanOrEqual(3);
    expect(late.some((e) => e.providerKey === 'kompasroos')).toBe(false);
    expect(late.filter((e) => e.providerKey === 'pleegzorg-heuvelrand').length).toBeGreaterThanOrEqual(2);
  });

  it('gives Cliëntenraad Mergelland at least two open requests with days left on the reference date', () => {
    const open = entries
      .filter((e) => e.councilName === 'Cliëntenraad Mergelland' && e.status !== 'DRAFT')
      .map((e) => assessTimeliness(e, DEMO_REFERENCE_DATE))
      .filter((t) => t.verdict === 'OPEN' && t.daysLeft !== null && t.daysLeft > 0);
    expect(open.length).toBeGreaterThanOrEqual(2);
  });

  it('includes unsolicited advice, withdrawn requests, drafts and exactly one LCvV escalation', () => {
    expect(entries.filter((e) => e.kind === 'UNSOLICITED').length).toBeGreaterThanOrEqual(10);
    expect(entries.filter((e) => e.status === 'WITHDRAWN').length).toBeGreaterThanOrEqual(3);
    expect(entries.filter((e) => e.status === 'DRAFT').length).toBeGreaterThanOrEqual(1);
    const escalated = entries.filter((e) => e.escalatedOn !== null);
    expect(escalated).toHaveLength(1);
    expect(escalated[0]).toMatchObject({ kind: 'CONSENT', escalationRuling: 'SUBSTITUTE_CONSENT_GRANTED' });
  });

  it('holds consultation meetings for every council, a few a year', () => {
    const councils = new Set(entries.map((e) => e.councilName));
    for (const name of councils) {
      const held = meetings.filter((m) => m.councilName === name);
      expect(held.length).toBeGreaterThanOrEqual(6);
      for (const m of held) expect(m.heldOn <= DEMO_REFERENCE_DATE).toBe(true);
    }
  });
});
