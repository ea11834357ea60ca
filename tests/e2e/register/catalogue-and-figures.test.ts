// The catalogue (public, admin-edited) and the timeliness figures on the demo data: the provider
// behaviour the demo was built to show, every grouping, and who may see what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectsForProvider, WMCZ_CATALOGUE } from '@pm/domain';
import { type TestApp, startTestApp } from '../../support/app';
import { tableCounts } from '../../support/database';
import { GraphQLClient } from '../../support/graphql-client';
import { demoIds } from '../../support/register';
import { CREATE, FIGURES_QUERY, LIST } from './documents';

const SUBJECTS = `query($residentialOnly: Boolean, $right: WmczRight, $includeInactive: Boolean) {
  wmczSubjects(residentialOnly: $residentialOnly, right: $right, includeInactive: $includeInactive) {
    id code articleRef right titleNl titleEn explanationNl residentialOnly active version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWmczSubjectInput!) {
  updateWmczSubject(id: $id, input: $input) { id titleNl active version } }`;

describe('catalogue and figures over GraphQL', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let policy: GraphQLClient;
  let council: GraphQLClient;
  let anonymous: GraphQLClient;
  const figures = async (client: GraphQLClient, variables: Record<string, unknown>) =>
    (await client.ok(FIGURES_QUERY, variables)).timelinessFigures;

  beforeAll(async () => {
    t = await startTestApp({ env: { TODAY: '2026-11-23' } });
    admin = new GraphQLClient(t.url);
    await admin.signIn('beheer@demo.example');
    policy = new GraphQLClient(t.url);
    await policy.signIn('beleid.maastricht@demo.example');
    council = new GraphQLClient(t.url);
    await council.signIn('raad.mergelland@demo.example');
    anonymous = new GraphQLClient(t.url);
  });
  afterAll(async () => t.close());

  describe('catalogue', () => {
    it('shows the public the whole Wmcz 2018 catalogue with its articles', async () => {
      const { wmczSubjects } = await anonymous.ok(SUBJECTS);
      expect(wmczSubjects.map((s: any) => s.code)).toEqual(WMCZ_CATALOGUE.map((s) => s.code));
      expect(wmczSubjects.find((s: any) => s.code === 'ART10')).toMatchObject({
        right: 'NOMINATION',
        articleRef: 'art. 10 Wmcz 2018',
      });
      const general = await anonymous.ok(SUBJECTS, { residentialOnly: false });
      expect(general.wmczSubjects.map((s: any) => s.code)).toEqual(
        subjectsForProvider(false).map((s) => s.code),
      );
    });

    it('lets only the admin edit a subject; a deactivated subject cannot be chosen for new requests', async () => {
      const { wmczSubjects } = await anonymous.ok(SUBJECTS, { right: 'ADVICE' });
      const subject = wmczSubjects.find((s: any) => s.code === 'ART7_1_F');
      const refused = await council.request(UPDATE, { id: subject.id, input: { active: false } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const { updateWmczSubject } = await admin.ok(UPDATE, {
        id: subject.id,
        input: { active: false, version: subject.version },
      });
      expect(updateWmczSubject).toMatchObject({ active: false, version: subject.version + 1 });
      const after = await anonymous.ok(SUBJECTS, { right: 'ADVICE' });
      expect(after.wmczSubjects.some((s: any) => s.code === 'ART7_1_F')).toBe(false);

      const ids = demoIds(t.dataSource);
      const before = await tableCounts(t.dataSource);
      const request = await admin.request(CREATE, {
        input: {
          providerId: String(await ids.provider('mergelland')),
          councilId: String(await ids.council('Cliëntenraad Mergelland')),
          subjectId: subject.id,
          kind: 'ADVICE',
          title: 'Profielschets bestuurder',
        },
      });
      expect(request.errors?.[0]?.extensions).toMatchObject({
        reason: 'SUBJECT_INACTIVE',
        field: 'input.subjectId',
      });
      expect(await tableCounts(t.dataSource)).toEqual(before);
    });
  });

  describe('figures on the demo data', () => {
    it('shows the behaviour the demo providers were built with', async () => {
      const rows = await figures(policy, { groupBy: 'PROVIDER' });
      const byName = (name: string) => rows.find((r: any) => r.name === name);
      expect(byName('Stichting Kompasroos Jeugdhulp')).toMatchObject({ onTimeRate: 1 });
      const opvoedsteun = byName('Parkstad Opvoedsteun');
      expect(opvoedsteun.verdictCounts.shortNotice).toBeGreaterThan(opvoedsteun.ratedCount / 2);
      const steenkolenhuis = byName('Het Steenkolenhuis');
      expect(
        steenkolenhuis.verdictCounts.afterTheFact + steenkolenhuis.verdictCounts.notRequested,
      ).toBeGreaterThan(steenkolenhuis.ratedCount / 2);
      expect(steenkolenhuis.onTimeRate).toBeLessThan(0.3);
      // Every provider with a council has a row, in name order; the rate rests on ratedCount.
      expect(rows.map((r: any) => r.name)).toEqual(
        [...rows.map((r: any) => r.name)].sort((a, b) => a.localeCompare(b)),
      );
      for (const r of rows) {
        const v = r.verdictCounts;
        expect(r.ratedCount).toBe(v.onTime + v.shortNotice + v.afterTheFact + v.notRequested);
        if (r.ratedCount > 0) expect(r.onTimeRate).toBeCloseTo(v.onTime / r.ratedCount, 12);
      }
    });

    it("counts a municipality's figures over the providers it contracts, equal to the list per verdict", async () => {
      const { municipality } = await policy.ok(`{ municipality(cbsCode: "GM0981") { id } }`);
      const [vaals] = await figures(policy, {
        groupBy: 'MUNICIPALITY',
        filter: { municipalityId: municipality.id },
      });
      expect(vaals.name).toBe('Vaals');
      const verdicts = {
        onTime: 'ON_TIME',
        shortNotice: 'SHORT_NOTICE',
        afterTheFact: 'AFTER_THE_FACT',
        notRequested: 'NOT_REQUESTED',
        open: 'OPEN',
        withdrawn: 'WITHDRAWN',
        notApplicable: 'NOT_APPLICABLE',
      };
      for (const [field, verdict] of Object.entries(verdicts)) {
        const list = await policy.ok(LIST, { filter: { municipalityId: municipality.id, verdict }, take: 1 });
        expect(vaals.verdictCounts[field], verdict).toBe(list.adviceRequests.totalItems);
      }
    });

    it('gives one row per municipality, subregion and the region', async () => {
      expect(await figures(policy, { groupBy: 'MUNICIPALITY' })).toHaveLength(16);
      const subregions = await figures(policy, { groupBy: 'SUBREGION' });
      expect(subregions.map((r: any) => r.name)).toEqual([
        'Maastricht-Heuvelland',
        'Parkstad',
        'Westelijke Mijnstreek',
      ]);
      const [region] = await figures(policy, { groupBy: 'REGION' });
      expect(region.name).toBe('Zuid-Limburg');
      for (const s of subregions) expect(s.entryCount).toBeLessThanOrEqual(region.entryCount);
      expect(region.medianGrantedDays).toBeGreaterThan(0);
      expect(region.findingCounts.entriesWithFindings).toBeGreaterThan(0);
    });

    it('lists every month of the period, empty months as zeros', async () => {
      const months = await figures(anonymous, { groupBy: 'MONTH', from: '2024-09-01', to: '2025-02-28' });
      expect(months.map((m: any) => m.key)).toEqual([
        '2024-09',
        '2024-10',
        '2024-11',
        '2024-12',
        '2025-01',
        '2025-02',
      ]);
      expect(months[0]).toMatchObject({
        entryCount: 0,
        ratedCount: 0,
        onTimeRate: null,
        periodStart: '2024-09-01',
      });
      expect(months.at(-1).entryCount).toBeGreaterThan(0);
    });

    it('refuses a reversed or overlong period', async () => {
      const reversed = await policy.request(FIGURES_QUERY, {
        groupBy: 'MONTH',
        from: '2026-01-01',
        to: '2025-01-01',
      });
      expect(reversed.errors?.[0]?.extensions).toMatchObject({ reason: 'PERIOD_REVERSED', field: 'to' });
      const long = await policy.request(FIGURES_QUERY, {
        groupBy: 'MONTH',
        from: '2010-01-01',
        to: '2026-01-01',
      });
      expect(long.errors?.[0]?.extensions).toMatchObject({ reason: 'PERIOD_TOO_LONG', field: 'from' });
    });

    it('gives a council member its own provider among the provider figures, and regional aggregates', async () => {
      const own = await figures(council, { groupBy: 'PROVIDER' });
      expect(own.map((r: any) => r.name)).toEqual(['Jeugdzorg Mergelland']);
      expect(await figures(council, { groupBy: 'SUBREGION' })).toHaveLength(3);
      const other = await council.request(FIGURES_QUERY, {
        groupBy: 'REGION',
        filter: { providerId: String(await demoIds(t.dataSource).provider('kompasroos')) },
      });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
