import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { CoreGroupMemberEntity } from '../core-group/core-group.entity';
import type { Loaders } from '../graphql/loaders';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { GoalEntity, PillarEntity } from '../pillar/pillar.entity';
import {
  ActionDependencyEntity,
  ActionEntity,
  ActionMilestoneEntity,
  ActionMunicipalityEntity,
  ActionOwnerEntity,
} from './action.entity';

/**
 * Reads every relation a page of actions asks for in one SQL statement and primes this request's
 * DataLoaders with it, so the relation fields of the page send no SQL of their own. Without it a
 * page costs one batched statement per relation (ten for the core group's table); with it the
 * page is the list, its count and this one statement, whatever the page size.
 *
 * Each part is a row (kind, json of the table row); the loaders receive the rows in the order
 * the resolvers ask of them (see action.resolver.ts), so a primed answer equals a loaded one.
 */
type Kind =
  | 'pillar'
  | 'goal'
  | 'member'
  | 'action'
  | 'owner'
  | 'municipalityLink'
  | 'municipality'
  | 'milestone'
  | 'blockedByEdge'
  | 'blocksEdge'
  | 'child'
  | 'grandchild';

/** Fields of Action whose values the prefetch can supply. */
export const PREFETCHED_ACTION_FIELDS = [
  'pillar',
  'goal',
  'parent',
  'responsible',
  'owners',
  'municipalities',
  'milestones',
  'blockedBy',
  'blocks',
  'subActions',
  'progress',
] as const;

export async function primeActionPage(
  dataSource: DataSource,
  loaders: Loaders,
  page: ActionEntity[],
  fields: ReadonlySet<string>,
): Promise<void> {
  const actions = loaders.byId(ActionEntity);
  for (const row of page) actions.prime(row.id, row);
  if (page.length === 0 || !PREFETCHED_ACTION_FIELDS.some((field) => fields.has(field))) return;

  const ids = page.map((row) => row.id);
  const distinct = (values: Array<number | null>) => [
    ...new Set(values.filter((v): v is number => v !== null)),
  ];
  // Each id list becomes a parameter only when a part uses it (PostgreSQL refuses untyped unused ones).
  const params: number[][] = [];
  const param = (values: number[]) => `$${params.push(values)}::int[]`;
  const ofPage = (pick: (row: ActionEntity) => number | null) => param(distinct(page.map(pick)));
  let pageIds: string | undefined;
  const onPage = () => (pageIds ??= param(ids));
  const parts: string[] = [];
  const part = (kind: Kind, from: string) =>
    parts.push(`SELECT '${kind}'::text AS kind, to_jsonb(t) AS row FROM ${from}`);
  if (fields.has('pillar')) part('pillar', `pillar t WHERE t.id = ANY(${ofPage((row) => row.pillarId)})`);
  if (fields.has('goal')) part('goal', `goal t WHERE t.id = ANY(${ofPage((row) => row.goalId)})`);
  if (fields.has('responsible') || fields.has('owners')) {
    const owners = fields.has('owners')
      ? ` OR t.id IN (SELECT member_id FROM action_owner WHERE action_id = ANY(${onPage()}))`
      : '';
    part(
      'member',
      `core_group_member t WHERE t.id = ANY(${ofPage((row) => row.responsibleMemberId)})${owners}`,
    );
  }
  if (fields.has('owners')) part('owner', `action_owner t WHERE t.action_id = ANY(${onPage()})`);
  if (fields.has('municipalities')) {
    part('municipalityLink', `action_municipality t WHERE t.action_id = ANY(${onPage()})`);
    part(
      'municipality',
      `municipality t WHERE t.id IN (SELECT municipality_id FROM action_municipality WHERE action_id = ANY(${onPage()}))`,
    );
  }
  if (fields.has('milestones')) part('milestone', `action_milestone t WHERE t.action_id = ANY(${onPage()})`);
  const related: string[] = [];
  if (fields.has('parent')) related.push(`t.id = ANY(${ofPage((row) => row.parentId)})`);
  if (fields.has('blockedBy')) {
    part('blockedByEdge', `action_dependency t WHERE t.blocked_id = ANY(${onPage()})`);
    related.push(`t.id IN (SELECT blocker_id FROM action_dependency WHERE blocked_id = ANY(${onPage()}))`);
  }
  if (fields.has('blocks')) {
    part('blocksEdge', `action_dependency t WHERE t.blocker_id = ANY(${onPage()})`);
    related.push(`t.id IN (SELECT blocked_id FROM action_dependency WHERE blocker_id = ANY(${onPage()}))`);
  }
  if (related.length > 0) part('action', `action t WHERE ${related.join(' OR ')}`);
  if (fields.has('subActions') || fields.has('progress'))
    part('child', `action t WHERE t.parent_id = ANY(${onPage()})`);
  if (fields.has('progress')) {
    // Progress walks one level further (sub-actions have no sub-actions, but the walk asks).
    part(
      'grandchild',
      `action t WHERE t.parent_id IN (SELECT id FROM action WHERE parent_id = ANY(${onPage()}))`,
    );
  }

  const rows: Array<{ kind: Kind; row: Record<string, unknown> }> = await dataSource.query(
    parts.join('\nUNION ALL\n'),
    params,
  );
  const of = <E extends ObjectLiteral>(kind: Kind, entity: EntityTarget<E>): E[] =>
    rows.filter((r) => r.kind === kind).map((r) => loaders.hydrate(entity, r.row));

  const byId = <E extends { id: number }>(entity: EntityTarget<E>, list: E[]) => {
    const loader = loaders.byId(entity);
    for (const row of list) loader.prime(row.id, row);
  };
  /** Primes a one-to-many loader for every key, empty lists included (else they would be loaded). */
  const grouped = <E extends ObjectLiteral>(
    loader: { prime(key: number, value: E[]): unknown },
    keys: number[],
    list: E[],
    keyOf: (row: E) => number,
    compare: (a: E, b: E) => number,
  ) => {
    const groups = new Map<number, E[]>(keys.map((key) => [key, []]));
    for (const row of list) groups.get(keyOf(row))?.push(row);
    for (const [key, group] of groups) loader.prime(key, group.sort(compare));
  };
  const byNumber = (a: number, b: number) => a - b;

  byId(PillarEntity, of('pillar', PillarEntity));
  byId(GoalEntity, of('goal', GoalEntity));
  byId(CoreGroupMemberEntity, of('member', CoreGroupMemberEntity));
  byId(MunicipalityEntity, of('municipality', MunicipalityEntity));
  byId(ActionEntity, of('action', ActionEntity));
  if (fields.has('owners')) {
    grouped(
      loaders.manyBy(ActionOwnerEntity, 'actionId', { memberId: 'ASC' }),
      ids,
      of('owner', ActionOwnerEntity),
      (row) => row.actionId,
      (a, b) => byNumber(a.memberId, b.memberId),
    );
  }
  if (fields.has('municipalities')) {
    grouped(
      loaders.manyBy(ActionMunicipalityEntity, 'actionId', { municipalityId: 'ASC' }),
      ids,
      of('municipalityLink', ActionMunicipalityEntity),
      (row) => row.actionId,
      (a, b) => byNumber(a.municipalityId, b.municipalityId),
    );
  }
  if (fields.has('milestones')) {
    grouped(
      loaders.manyBy(ActionMilestoneEntity, 'actionId', { dueOn: 'ASC', id: 'ASC' }),
      ids,
      of('milestone', ActionMilestoneEntity),
      (row) => row.actionId,
      (a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : byNumber(a.id, b.id)),
    );
  }
  if (fields.has('blockedBy')) {
    grouped(
      loaders.manyBy(ActionDependencyEntity, 'blockedId', { blockerId: 'ASC' }),
      ids,
      of('blockedByEdge', ActionDependencyEntity),
      (row) => row.blockedId,
      (a, b) => byNumber(a.blockerId, b.blockerId),
    );
  }
  if (fields.has('blocks')) {
    grouped(
      loaders.manyBy(ActionDependencyEntity, 'blockerId', { blockedId: 'ASC' }),
      ids,
      of('blocksEdge', ActionDependencyEntity),
      (row) => row.blockerId,
      (a, b) => byNumber(a.blockedId, b.blockedId),
    );
  }
  if (fields.has('subActions') || fields.has('progress')) {
    const children = of('child', ActionEntity);
    const childLoader = loaders.manyBy(ActionEntity, 'parentId');
    const byParent = (row: ActionEntity) => row.parentId!;
    const byOwnId = (a: ActionEntity, b: ActionEntity) => byNumber(a.id, b.id);
    grouped(childLoader, ids, children, byParent, byOwnId);
    if (fields.has('progress')) {
      const childIds = children.map((row) => row.id);
      grouped(childLoader, childIds, of('grandchild', ActionEntity), byParent, byOwnId);
    }
  }
}
