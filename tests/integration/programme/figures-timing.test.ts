import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../../../api/src/common/clock';
import { ProgrammeStatsService } from '../../../api/src/programme-stats/programme-stats.service';
import { DEMO_REFERENCE_DATE } from '../../../api/src/seed/reference-date';
import { seedDemoData } from '../../../api/src/seed/seed.service';
import { createTestDatabase, type TestDatabase } from '../../support/database';

// Times every dashboard figure on the demo data (median of 7 runs after one warm-up) and prints a
// table, so the note on the issue can quote real numbers. The bound is generous: the machine is shared.
describe('programme figure query times on the demo data', () => {
  let db: TestDatabase;
  let service: ProgrammeStatsService;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, () => undefined);
    await db.dataSource.query('ANALYZE');
    service = new ProgrammeStatsService(db.dataSource, new Clock({ today: DEMO_REFERENCE_DATE } as never));
  });
  afterAll(async () => db.drop());

  it('answers each figure well within a second', async () => {
    const signedIn = service.stats(
      { userId: 1, role: 'CORE_GROUP', municipalityId: null, providerId: null, councilId: null },
      24,
    );
    const figures: Record<string, () => Promise<unknown>> = {
      'pillars (progress now)': () => service.pillars(signedIn),
      'pillarProgressOverTime (24 months)': () => service.pillarProgressOverTime(signedIn),
      actionSummary: () => service.actionSummary(signedIn),
      actionsByPillarStatus: () => service.actionsByPillarStatus(signedIn),
      municipalities: () => service.municipalities(signedIn),
      activitySummary: () => service.activitySummary(signedIn),
      activitiesByPillar: () => service.participation(signedIn, 'pillar'),
      activitiesByForm: () => service.participation(signedIn, 'form'),
      activitiesByLevel: () => service.participation(signedIn, 'level'),
      activitiesByMonth: () => service.participation(signedIn, 'month'),
      'activitySummary (public scope)': () => service.activitySummary(service.stats(null, 24)),
    };
    const table: Array<{ figure: string; medianMs: number; maxMs: number }> = [];
    for (const [figure, run] of Object.entries(figures)) {
      await run();
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      table.push({
        figure,
        medianMs: Math.round(times[3]! * 10) / 10,
        maxMs: Math.round(times[6]! * 10) / 10,
      });
    }
    console.table(table);
    for (const row of table) expect(row.medianMs, row.figure).toBeLessThan(1000);
  });
});
