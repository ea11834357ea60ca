import type { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from '../audit/audit.entity';
import { hashPassword, verifyPassword } from '../auth/password';
import { UserEntity } from '../auth/user.entity';
import { AdviceTermEntity, ClientCouncilEntity } from '../client-council/client-council.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { ProviderContractEntity, ProviderEntity } from '../provider/provider.entity';
import { RegionEntity, SubregionEntity } from '../region/region.entity';
import {
  demoKvkNumber,
  MUNICIPALITIES,
  PROVIDERS,
  REGION,
  SUBREGIONS,
  YOUTH_SHARE_ESTIMATE,
} from './demo-organisations';
import { seedPublication } from './demo-publication';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { GENERATED_EMAIL_DOMAIN } from './national/national-scale';
import { seedProgramme } from './programme-seed';
import { createRandom } from './random';
import { seedWmczRegister } from './seed-register';

/** Extra demo layers (the register, the programme) plug in here, each idempotent itself. */
export type SeedStep = (manager: EntityManager, log: (line: string) => void) => Promise<void>;
export const SEED_STEPS: SeedStep[] = [];
SEED_STEPS.push(seedProgramme);
SEED_STEPS.push(seedWmczRegister);
SEED_STEPS.push(seedPublication);

async function seedOrganisations(manager: EntityManager): Promise<void> {
  await manager.upsert(RegionEntity, { code: REGION.code, name: REGION.name }, ['code']);
  const region = await manager.findOneByOrFail(RegionEntity, { code: REGION.code });
  await manager.upsert(
    SubregionEntity,
    SUBREGIONS.map((name) => ({ regionId: region.id, name })),
    ['regionId', 'name'],
  );
  const subregions = await manager.findBy(SubregionEntity, { regionId: region.id });
  const subregionId = new Map(subregions.map((s) => [s.name, s.id]));

  // Successors first, so former municipalities can point at them.
  const ordered = [...MUNICIPALITIES].sort(
    (a, b) => Number(!!a.successorCbsCode) - Number(!!b.successorCbsCode),
  );
  for (const m of ordered) {
    const successor = m.successorCbsCode
      ? await manager.findOneByOrFail(MunicipalityEntity, { cbsCode: m.successorCbsCode })
      : null;
    await manager.upsert(
      MunicipalityEntity,
      {
        cbsCode: m.cbsCode,
        name: m.name,
        subregionId: subregionId.get(m.subregion)!,
        inhabitants: m.inhabitants,
        inhabitantsYear: m.inhabitantsYear,
        youthPopulation: m.validTo ? null : Math.round(m.inhabitants * YOUTH_SHARE_ESTIMATE),
        validFrom: m.validFrom,
        validTo: m.validTo ?? null,
        successorId: successor?.id ?? null,
      },
      ['cbsCode'],
    );
  }
  const current = await manager.findBy(MunicipalityEntity, {});
  const random = createRandom(20_231_107);

  for (const [index, p] of PROVIDERS.entries()) {
    const kvkNumber = demoKvkNumber(index);
    await manager.upsert(
      ProviderEntity,
      {
        name: p.name,
        kvkNumber,
        careWorkers: p.careWorkers,
        residential: p.residential,
        fosterCare: p.fosterCare,
      },
      ['kvkNumber'],
    );
    const provider = await manager.findOneByOrFail(ProviderEntity, { kvkNumber });
    const contracted = current.filter(
      (m) =>
        m.validTo === null &&
        (p.contractedBy === 'ALL' || p.contractedBy.some((name) => subregionId.get(name) === m.subregionId)),
    );
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProviderContractEntity)
      .values(contracted.map((m) => ({ providerId: provider.id, municipalityId: m.id })))
      .orIgnore()
      .execute();

    for (const c of p.councils) {
      let council = await manager.findOneBy(ClientCouncilEntity, { providerId: provider.id, name: c.name });
      if (!council) {
        const youth = c.kind === 'JONGERENRAAD' ? random.int(4, 8) : random.int(0, 3);
        const parents =
          c.kind === 'OUDERRAAD' || c.kind === 'PLEEGOUDERRAAD' ? random.int(4, 7) : random.int(1, 4);
        council = await manager.save(
          manager.create(ClientCouncilEntity, {
            providerId: provider.id,
            name: c.name,
            kind: c.kind,
            establishedOn: c.establishedOn,
            regulationAdoptedOn: c.regulationAdoptedOn,
            meetingsPerYear: random.int(4, 10),
            seatsYouthFilled: youth,
            seatsYouthVacant: random.int(0, 2),
            seatsParentFilled: parents,
            seatsParentVacant: random.int(0, 2),
            seatsOtherFilled: random.int(0, 2),
            seatsOtherVacant: random.int(0, 1),
            hasSupportOfficer: c.hasSupportOfficer,
          }),
        );
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(AdviceTermEntity)
        .values(c.terms.map(([termDays, validFrom]) => ({ councilId: council.id, termDays, validFrom })))
        .orIgnore()
        .execute();
    }
  }
}

async function seedUsers(manager: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const exists = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: u.email })
      .getExists();
    if (exists) continue;
    const municipality = u.municipalityCbsCode
      ? await manager.findOneByOrFail(MunicipalityEntity, { cbsCode: u.municipalityCbsCode })
      : null;
    const providerIndex = u.providerKey ? PROVIDERS.findIndex((p) => p.key === u.providerKey) : -1;
    const provider =
      providerIndex >= 0
        ? await manager.findOneByOrFail(ProviderEntity, { kvkNumber: demoKvkNumber(providerIndex) })
        : null;
    const council = u.councilName
      ? await manager.findOneByOrFail(ClientCouncilEntity, { name: u.councilName })
      : null;
    await manager.insert(UserEntity, {
      email: u.email,
      displayName: u.displayName,
      passwordHash,
      role: u.role,
      municipalityId: municipality?.id ?? null,
      providerId: provider?.id ?? council?.providerId ?? null,
      councilId: council?.id ?? null,
    });
  }
}

/** Loads (or completes) the demo data in one transaction; running it twice changes nothing. */
export async function seedDemoData(dataSource: DataSource, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  await dataSource.transaction(async (manager) => {
    await seedOrganisations(manager);
    await seedUsers(manager);
    for (const step of SEED_STEPS) await step(manager, log);
    await manager.insert(AuditLogEntity, {
      operation: 'seed',
      entity: 'demo_data',
      entityId: null,
      origin: 'system',
      newValues: {
        providers: PROVIDERS.length,
        municipalities: MUNICIPALITIES.length,
        users: DEMO_USERS.length,
      },
    });
  });
  log(`Demodata Zuid-Limburg geladen in ${Date.now() - started} ms`);
}

export async function seedDemoDataIfEmpty(
  dataSource: DataSource,
  log: (line: string) => void,
): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM region');
  if (count === 0) await seedDemoData(dataSource, log);
}

/**
 * Production must not run with an account that still has the public demo password. Passwords set
 * through the API may not be the demo password (PASSWORD_IS_DEMO) and e-mail addresses cannot be
 * changed, so only accounts the seeds wrote can hold it: those of the demo data and the generated
 * national data. Checking just them keeps the start fast with thousands of real accounts (one argon2
 * verification each would take tens of milliseconds).
 */
export async function assertNoDemoPasswords(dataSource: DataSource): Promise<void> {
  const users = await dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .where('u.disabled_at IS NULL')
    .andWhere('(u.email LIKE :demo OR u.email LIKE :generated)', {
      demo: '%@demo.example',
      generated: `%@${GENERATED_EMAIL_DOMAIN}`,
    })
    .orderBy('u.id')
    .getMany();
  for (const user of users) {
    if (await verifyPassword(user.passwordHash, DEMO_PASSWORD)) {
      throw new Error(
        `account ${user.email} heeft nog het demowachtwoord; wijzig het of schakel het account uit voordat u in productie start.`,
      );
    }
  }
}
