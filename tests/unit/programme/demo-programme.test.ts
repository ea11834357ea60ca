import { describe, expect, it } from 'vitest';
import {
  findDependencyCycle,
  isActionLate,
  isMilestoneLate,
  REPORT_TRANSITIONS,
  type DependencyEdge,
} from '@pm/domain';
import { buildDemoProgramme } from '../../../api/src/seed/demo-programme';
import { MUNICIPALITIES } from '../../../api/src/seed/demo-organisations';
import { DEMO_REFERENCE_DATE } from '../../../api/src/seed/reference-date';

const data = buildDemoProgramme();
const current = (a: (typeof data.actions)[number]) => a.history[a.history.length - 1]!;

describe('demo programme data', () => {
  it('is the same on every build (deterministic)', () => {
    expect(buildDemoProgramme()).toEqual(data);
    expect(data.reference).toBe(DEMO_REFERENCE_DATE);
  });

  it('has about 60 actions across the three pillars, some late, some blocked, with sub-actions and milestones', () => {
    expect(data.actions.length).toBeGreaterThanOrEqual(55);
    expect(data.actions.length).toBeLessThanOrEqual(65);
    for (const pillar of ['P1', 'P2', 'P3']) expect(data.actions.some((a) => a.pillar === pillar)).toBe(true);
    const late = data.actions.filter((a) =>
      isActionLate({ status: current(a).status, dueOn: a.dueOn }, data.reference),
    );
    expect(late.length).toBeGreaterThanOrEqual(4);
    expect(data.actions.filter((a) => current(a).status === 'BLOCKED').length).toBeGreaterThanOrEqual(2);
    expect(data.actions.filter((a) => a.parentKey !== null).length).toBeGreaterThanOrEqual(12);
    const milestones = data.actions.flatMap((a) => a.milestones);
    expect(milestones.length).toBeGreaterThan(10);
    expect(milestones.some((m) => isMilestoneLate(m, data.reference))).toBe(true);
  });

  it('keeps sub-actions one level deep and dependencies free of cycles', () => {
    const byKey = new Map(data.actions.map((a) => [a.key, a]));
    for (const a of data.actions.filter((x) => x.parentKey !== null)) {
      expect(byKey.get(a.parentKey!)!.parentKey).toBeNull();
      expect(byKey.get(a.parentKey!)!.pillar).toBe(a.pillar);
    }
    const edges: DependencyEdge[] = [];
    for (const edge of data.dependencies) {
      expect(findDependencyCycle(edges, edge)).toBeNull();
      edges.push(edge);
    }
    expect(data.dependencies.length).toBeGreaterThanOrEqual(10);
  });

  it('writes a history per action that ends in its current state and never lies after the reference date', () => {
    for (const a of data.actions) {
      expect(a.history[0]!.status).toBe('IDEA');
      for (let i = 1; i < a.history.length; i++) expect(a.history[i]!.on >= a.history[i - 1]!.on).toBe(true);
      expect(a.history.every((h) => h.on <= data.reference)).toBe(true);
      expect(a.dueOn >= a.startOn).toBe(true);
      expect(a.regionWide).toBe(a.municipalityCbsCodes.length === 0);
    }
  });

  it('has about 120 activities over two years across all 16 municipalities, with the Kerkrade startconferentie', () => {
    expect(data.activities.length).toBe(120);
    const current16 = MUNICIPALITIES.filter((m) => !m.validTo).map((m) => m.cbsCode);
    const used = new Set(data.activities.map((a) => a.municipalityCbsCode).filter(Boolean));
    expect([...used].sort()).toEqual([...current16].sort());
    const kerkrade = data.activities.find((a) => a.heldOn === '2023-06-07')!;
    expect(kerkrade.municipalityCbsCode).toBe('GM0928');
    const p = kerkrade.participants;
    expect(p.youth + p.parents + p.professionals + p.other).toBe(200);
  });

  it('has reports in every lifecycle state, reached by allowed steps, and superseded versions', () => {
    const statuses = new Set(data.activities.flatMap((a) => a.reports.map((r) => r.status)));
    expect([...statuses].sort()).toEqual(
      ['APPROVED_BY_PARTICIPANTS', 'DRAFT', 'SENT_TO_PARTICIPANTS', 'SHARED_WITH_REGION'].sort(),
    );
    expect(data.activities.some((a) => a.reports.length > 1)).toBe(true);
    for (const a of data.activities) {
      // Every version before the last was approved, so it could be superseded.
      for (const r of a.reports.slice(0, -1)) expect(REPORT_TRANSITIONS.DRAFT).not.toContain(r.status);
      for (const r of a.reports) {
        for (const day of [r.sentOn, r.approvedOn, r.sharedOn])
          if (day) expect(day <= data.reference).toBe(true);
      }
    }
  });

  it('gives indicators 2–3 years of measurements, one corrected, two computed from the registers and one not yet measured', () => {
    const entered = data.indicators.filter((i) => i.computedKey === null);
    const measured = entered.filter((i) => i.measurements.length > 0);
    for (const i of measured) {
      const first = i.measurements[0]!.on;
      const last = i.measurements[i.measurements.length - 1]!.on;
      expect(last <= data.reference).toBe(true);
      expect(Number(data.reference.slice(0, 4)) - Number(first.slice(0, 4))).toBeGreaterThanOrEqual(2);
    }
    expect(entered.some((i) => i.measurements.length === 0)).toBe(true);
    expect(data.indicators.filter((i) => i.computedKey !== null).map((i) => i.computedKey)).toEqual([
      'OBLIGED_PROVIDERS_WITH_REGULATION',
      'ADVICE_ON_TIME_RATE',
    ]);
    expect(data.indicators.flatMap((i) => i.measurements).some((m) => m.correctedTo)).toBe(true);
  });

  it('names core group members fictionally, with demo email addresses', () => {
    expect(data.members.length).toBeGreaterThanOrEqual(5);
    for (const m of data.members) expect(m.email).toMatch(/@demo\.example$/);
  });
});
