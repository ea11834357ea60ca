// Seed step for the Wmcz 2018 register (see demo-register.ts for what the data shows).
import type { EntityManager } from 'typeorm';
import { AdviceRequestEntity, ConsultationMeetingEntity } from '../advice-request/advice-request.entity';
import { ClientCouncilEntity } from '../client-council/client-council.entity';
import { ProviderEntity } from '../provider/provider.entity';
import { WmczSubjectEntity } from '../wmcz-subject/wmcz-subject.entity';
import { demoKvkNumber, PROVIDERS } from './demo-organisations';
import { buildDemoRegister } from './demo-register';
import { rebuildRegisterRollup } from '../advice-request/rollup.sql';

/** Loads the demo register once: a database that already has register entries is left alone. */
export async function seedWmczRegister(manager: EntityManager, log: (line: string) => void): Promise<void> {
  const { entries, meetings } = buildDemoRegister();
  const providerIds = new Map<string, number>();
  for (const [index, p] of PROVIDERS.entries()) {
    const provider = await manager.findOneByOrFail(ProviderEntity, { kvkNumber: demoKvkNumber(index) });
    providerIds.set(p.key, provider.id);
  }
  const councils = await manager.find(ClientCouncilEntity);
  const councilId = (providerKey: string, name: string): number => {
    const council = councils.find((c) => c.providerId === providerIds.get(providerKey) && c.name === name);
    if (!council) throw new Error(`Demo council ${name} not found`);
    return council.id;
  };
  const subjects = new Map((await manager.find(WmczSubjectEntity)).map((s) => [s.code, s.id]));

  if ((await manager.count(AdviceRequestEntity)) === 0) {
    const rows = entries.map(({ providerKey, councilName, subjectCode, ...values }) => ({
      ...values,
      providerId: providerIds.get(providerKey)!,
      councilId: councilId(providerKey, councilName),
      subjectId: subjects.get(subjectCode)!,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await manager.insert(AdviceRequestEntity, rows.slice(i, i + 200));
    // Inserted directly, not through the service: count them into the figures rollup in one go.
    await rebuildRegisterRollup(manager);
    log(`Wmcz-register: ${rows.length} registraties`);
  }
  if ((await manager.count(ConsultationMeetingEntity)) === 0) {
    await manager.insert(
      ConsultationMeetingEntity,
      meetings.map(({ providerKey, councilName, heldOn, topics }) => ({
        providerId: providerIds.get(providerKey)!,
        councilId: councilId(providerKey, councilName),
        heldOn,
        topics,
      })),
    );
    log(`Wmcz-register: ${meetings.length} overlegvergaderingen`);
  }
}
