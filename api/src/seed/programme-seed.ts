import type { EntityManager } from 'typeorm';
import {
  ActionActivityEntity,
  ActionChangeEntity,
  ActionDependencyEntity,
  ActionEntity,
  ActionMilestoneEntity,
  ActionMunicipalityEntity,
  ActionOwnerEntity,
} from '../action/action.entity';
import { ActivityEntity, ActivityPillarEntity, ActivityReportEntity } from '../activity/activity.entity';
import { CoreGroupMemberEntity } from '../core-group/core-group.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { GoalEntity, IndicatorEntity, MeasurementEntity, PillarEntity } from '../pillar/pillar.entity';
import { ProviderEntity } from '../provider/provider.entity';
import { buildDemoProgramme, type DemoProgramme } from './demo-programme';
import { demoKvkNumber, PROVIDERS } from './demo-organisations';

/** A calendar day as a moment at noon in Europe/Amsterdam (10:00 or 11:00 UTC), for timestamps. */
const noon = (day: string): Date => new Date(`${day}T10:30:00Z`);

/**
 * Writes the programme layer of the demo data. Idempotent: the layer is written once, in full,
 * and skipped when goals exist (it is written in the seed's single transaction).
 */
export async function seedProgramme(manager: EntityManager, log: (line: string) => void): Promise<void> {
  if ((await manager.count(GoalEntity)) > 0) return;
  const data = buildDemoProgramme();
  await writeProgramme(manager, data);
  log(
    `Programma: ${data.goals.length} doelen, ${data.indicators.length} indicatoren, ${data.actions.length} acties, ` +
      `${data.activities.length} bijeenkomsten, ${data.members.length} kerngroepleden`,
  );
}

export async function writeProgramme(manager: EntityManager, data: DemoProgramme): Promise<void> {
  const pillarId = new Map((await manager.find(PillarEntity)).map((p) => [p.code, p.id]));
  const municipalityId = new Map((await manager.find(MunicipalityEntity)).map((m) => [m.cbsCode, m.id]));
  const providerId = async (key: string): Promise<number | null> => {
    const index = PROVIDERS.findIndex((p) => p.key === key);
    if (index < 0) return null;
    const provider = await manager.findOne(ProviderEntity, { where: { kvkNumber: demoKvkNumber(index) } });
    return provider?.id ?? null;
  };

  const memberId = new Map<string, number>();
  for (const m of data.members) {
    const saved = await manager.save(
      manager.create(CoreGroupMemberEntity, {
        seat: m.seat,
        organisation: m.organisation,
        name: m.name,
        email: m.email,
        municipalityId: m.municipalityCbsCode ? (municipalityId.get(m.municipalityCbsCode) ?? null) : null,
        providerId: m.providerKey ? await providerId(m.providerKey) : null,
        active: true,
      }),
    );
    memberId.set(m.key, saved.id);
  }

  const goalId = new Map<string, number>();
  for (const g of data.goals) {
    const saved = await manager.save(
      manager.create(GoalEntity, {
        pillarId: pillarId.get(g.pillar)!,
        title: g.title,
        description: g.description,
        weight: g.weight,
      }),
    );
    goalId.set(g.key, saved.id);
  }

  for (const i of data.indicators) {
    const indicator = await manager.save(
      manager.create(IndicatorEntity, {
        goalId: goalId.get(i.goalKey)!,
        title: i.title,
        description: i.description,
        unit: i.unit,
        direction: i.direction,
        baselineValue: i.baselineValue,
        baselineOn: i.baselineOn,
        targetValue: i.targetValue,
        targetOn: i.targetOn,
        municipalityId: i.municipalityCbsCode ? (municipalityId.get(i.municipalityCbsCode) ?? null) : null,
        weight: i.weight,
        computedKey: i.computedKey,
      }),
    );
    for (const m of i.measurements) {
      const recordedAt = noon(m.on);
      const first = await manager.save(
        manager.create(MeasurementEntity, {
          indicatorId: indicator.id,
          measuredOn: m.on,
          value: m.value,
          source: m.source,
          note: m.note,
          provisional: m.provisional,
          recordedById: null,
          recordedAt,
          correctsId: null,
          correctedAt: m.correctedTo ? new Date(recordedAt.getTime() + 30 * 86_400_000) : null,
        }),
      );
      if (m.correctedTo) {
        await manager.save(
          manager.create(MeasurementEntity, {
            indicatorId: indicator.id,
            measuredOn: m.on,
            value: m.correctedTo.value,
            source: m.source,
            note: m.correctedTo.note,
            provisional: false,
            recordedById: null,
            recordedAt: first.correctedAt!,
            correctsId: first.id,
            correctedAt: null,
          }),
        );
      }
    }
  }

  const activityId = new Map<string, number>();
  for (const a of data.activities) {
    const saved = await manager.save(
      manager.create(ActivityEntity, {
        title: a.title,
        form: a.form,
        heldOn: a.heldOn,
        municipalityId: a.municipalityCbsCode ? (municipalityId.get(a.municipalityCbsCode) ?? null) : null,
        participantsYouth: a.participants.youth,
        participantsParents: a.participants.parents,
        participantsProfessionals: a.participants.professionals,
        participantsOther: a.participants.other,
        level: a.level,
        feedbackGiven: a.feedbackGiven,
        summary: a.summary,
        createdAt: noon(a.heldOn),
      }),
    );
    activityId.set(a.key, saved.id);
    await manager.insert(
      ActivityPillarEntity,
      a.pillars.map((code) => ({ activityId: saved.id, pillarId: pillarId.get(code)! })),
    );
    let previous: number | null = null;
    for (const [index, r] of a.reports.entries()) {
      const report: ActivityReportEntity = await manager.save(
        manager.create(ActivityReportEntity, {
          activityId: saved.id,
          version: index + 1,
          status: r.status,
          title: r.title,
          body: r.body,
          supersedesId: previous,
          sentOn: r.sentOn,
          approvedOn: r.approvedOn,
          sharedOn: r.sharedOn,
        }),
      );
      previous = report.id;
    }
  }

  const actionId = new Map<string, number>();
  // Parents come before their sub-actions in the list, so parent ids are known in time.
  for (const a of data.actions) {
    const current = a.history[a.history.length - 1]!;
    const saved = await manager.save(
      manager.create(ActionEntity, {
        pillarId: pillarId.get(a.pillar)!,
        goalId: a.goalKey ? goalId.get(a.goalKey)! : null,
        parentId: a.parentKey ? actionId.get(a.parentKey)! : null,
        title: a.title,
        description: a.description,
        leadOrganisation: a.leadOrganisation,
        responsibleMemberId: memberId.get(a.responsibleKey) ?? null,
        regionWide: a.regionWide,
        startOn: a.startOn,
        dueOn: a.dueOn,
        status: current.status,
        manualProgress: current.manualProgress,
        weight: a.weight,
        createdAt: noon(a.history[0]!.on),
      }),
    );
    actionId.set(a.key, saved.id);
    if (a.ownerKeys.length > 0)
      await manager.insert(
        ActionOwnerEntity,
        a.ownerKeys.map((key) => ({ actionId: saved.id, memberId: memberId.get(key)! })),
      );
    if (a.municipalityCbsCodes.length > 0)
      await manager.insert(
        ActionMunicipalityEntity,
        a.municipalityCbsCodes.map((code) => ({
          actionId: saved.id,
          municipalityId: municipalityId.get(code)!,
        })),
      );
    if (a.activityKeys.length > 0)
      await manager.insert(
        ActionActivityEntity,
        a.activityKeys.map((key) => ({ actionId: saved.id, activityId: activityId.get(key)! })),
      );
    if (a.milestones.length > 0)
      await manager.insert(
        ActionMilestoneEntity,
        a.milestones.map((m) => ({ actionId: saved.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn })),
      );
    await manager.insert(
      ActionChangeEntity,
      a.history.map((change, index) => ({
        actionId: saved.id,
        // Same-day changes keep their order: one minute apart.
        changedAt: new Date(noon(change.on).getTime() + index * 60_000),
        changedById: null,
        statusFrom: index === 0 ? null : a.history[index - 1]!.status,
        statusTo: change.status,
        progressFrom: index === 0 ? null : a.history[index - 1]!.manualProgress,
        progressTo: change.manualProgress,
      })),
    );
  }

  if (data.dependencies.length > 0)
    await manager.insert(
      ActionDependencyEntity,
      data.dependencies.map(([blocker, blocked]) => ({
        blockerId: actionId.get(blocker)!,
        blockedId: actionId.get(blocked)!,
      })),
    );
}
