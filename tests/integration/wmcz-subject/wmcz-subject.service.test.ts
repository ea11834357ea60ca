import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectsForProvider, WMCZ_CATALOGUE } from '@pm/domain';
import { AuditService } from '../../../api/src/audit/audit.service';
import { AppError, type RequestContext } from '../../../api/src/common/app-error';
import { WmczSubjectService } from '../../../api/src/wmcz-subject/wmcz-subject.service';
import { createTestDatabase, tableCounts, type TestDatabase } from '../../support/database';

describe('Wmcz subject catalogue', () => {
  let db: TestDatabase;
  let service: WmczSubjectService;
  const admin: RequestContext = {
    actor: { userId: 1, role: 'ADMIN', municipalityId: null, providerId: null, councilId: null },
    requestId: 'test',
    origin: 'test',
    operation: 'updateWmczSubject',
  };
  const all = { includeInactive: false };

  beforeAll(async () => {
    db = await createTestDatabase();
    service = new WmczSubjectService(db.dataSource, new AuditService());
  });
  afterAll(async () => db.drop());

  it('is seeded by the migration with exactly the rows of WMCZ_CATALOGUE, in article order', async () => {
    const rows = await service.list(all);
    expect(
      rows.map(
        ({ code, articleRef, right, titleNl, titleEn, explanationNl, explanationEn, residentialOnly }) => ({
          code,
          articleRef,
          right,
          titleNl,
          titleEn,
          explanationNl,
          explanationEn,
          residentialOnly,
        }),
      ),
    ).toEqual(WMCZ_CATALOGUE.map((s) => ({ ...s })));
    expect(rows.every((r) => r.active && r.version === 1)).toBe(true);
  });

  it('lists the subjects for a provider without residential care like subjectsForProvider(false)', async () => {
    const rows = await service.list({ ...all, residentialOnly: false });
    expect(rows.map((r) => r.code)).toEqual(subjectsForProvider(false).map((s) => s.code));
  });

  it('filters by right', async () => {
    const rows = await service.list({ ...all, right: 'CONSENT' });
    expect(rows.length).toBe(WMCZ_CATALOGUE.filter((s) => s.right === 'CONSENT').length);
    expect(rows.every((r) => r.right === 'CONSENT')).toBe(true);
  });

  it('lets the admin change texts and flags, bumps the version and audits old and new values', async () => {
    const [first] = await service.list(all);
    const updated = await service.update(admin, first!.id, {
      titleEn: 'Change of objective or basis (amended)',
      active: false,
      version: 1,
    });
    expect(updated).toMatchObject({
      titleEn: 'Change of objective or basis (amended)',
      active: false,
      version: 2,
    });
    expect((await service.list(all)).some((r) => r.id === first!.id)).toBe(false);
    expect((await service.list({ includeInactive: true })).some((r) => r.id === first!.id)).toBe(true);
    const [audit] = await db.dataSource.query(
      `SELECT old_values, new_values FROM audit_log WHERE entity = 'wmcz_subject' AND entity_id = $1`,
      [first!.id],
    );
    expect(audit).toEqual({
      old_values: { titleEn: first!.titleEn, active: true },
      new_values: { titleEn: 'Change of objective or basis (amended)', active: false },
    });
  });

  it('refuses an edit made on a stale version and writes nothing', async () => {
    const [, second] = await service.list(all);
    await service.update(admin, second!.id, { titleNl: 'Nieuwe titel', version: second!.version });
    const before = await tableCounts(db.dataSource);
    const error = await service
      .update(admin, second!.id, { titleNl: 'Andere titel', version: second!.version })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'CONFLICT', reason: 'STALE_VERSION', field: 'input.version' });
    expect(await tableCounts(db.dataSource)).toEqual(before);
    expect((await service.one(second!.id)).titleNl).toBe('Nieuwe titel');
  });

  it('lets the admin add a subject at the end of the catalogue, audited, and refuses a code twice', async () => {
    const before = await service.list(all);
    const input = {
      code: 'ART7_1_PROEF',
      right: 'ADVICE' as const,
      articleRef: 'art. 7 lid 1 (proef)',
      titleNl: '  Proefonderwerp na een wetswijziging ',
      titleEn: 'Trial subject after an amendment',
      explanationNl: '',
      explanationEn: '',
      residentialOnly: false,
    };
    const created = await service.create(admin, input);
    expect(created).toMatchObject({
      code: 'ART7_1_PROEF',
      titleNl: 'Proefonderwerp na een wetswijziging',
      active: true,
    });
    const after = await service.list(all);
    expect(after.map((s) => s.code)).toEqual([...before.map((s) => s.code), 'ART7_1_PROEF']);
    const [audit] = await db.dataSource.query(
      `SELECT new_values FROM audit_log WHERE entity = 'wmcz_subject' AND entity_id = $1`,
      [created.id],
    );
    expect(audit.new_values).toMatchObject({ code: 'ART7_1_PROEF', right: 'ADVICE' });

    const counts = await tableCounts(db.dataSource);
    const error = await service.create(admin, { ...input, titleNl: 'Tweede' }).catch((e) => e);
    expect(error).toMatchObject({ kind: 'CONFLICT', reason: 'CODE_TAKEN', field: 'input.code' });
    expect(await tableCounts(db.dataSource)).toEqual(counts);
  });
});
