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
  /**
   * Primes a one-to-many loader for every key, empty lists included (else they would be loaded),
   * each list sorted by the order the loader itself would ask of PostgreSQL.
   */
  const grouped = <E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    column: string,
    order: Record<string, 'ASC'>,
    keys: number[],
    list: E[],
  ) => {
    const loader = loaders.manyBy(entity, column, order);
    const compare = (a: E, b: E) => {
      for (const key of Object.keys(order)) if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
      return 0;
    };
    const groups = new Map<number, E[]>(keys.map((key) => [key, []]));
    for (const row of list) groups.get(row[column] as number)?.push(row);
    for (const [key, group] of groups) loader.prime(key, group.sort(compare));
  };

  byId(PillarEntity, of('pillar', PillarEntity));
  byId(GoalEntity, of('goal', GoalEntity));
  byId(CoreGroupMemberEntity, of('member', CoreGroupMemberEntity));
  byId(MunicipalityEntity, of('municipality', MunicipalityEntity));
  byId(ActionEntity, of('action', ActionEntity));
  // The same entity, column and order as the resolvers in action.resolver.ts ask for.
  if (fields.has('owners')) {
    grouped(ActionOwnerEntity, 'actionId', { memberId: 'ASC' }, ids, of('owner', ActionOwnerEntity));
  }
  if (fields.has('municipalities')) {
    const links = of('municipalityLink', ActionMunicipalityEntity);
    grouped(ActionMunicipalityEntity, 'actionId', { municipalityId: 'ASC' }, ids, links);
  }
  if (fields.has('milestones')) {
    const milestones = of('milestone', ActionMilestoneEntity);
    grouped(ActionMilestoneEntity, 'actionId', { dueOn: 'ASC', id: 'ASC' }, ids, milestones);
  }
  if (fields.has('blockedBy')) {
    const edges = of('blockedByEdge', ActionDependencyEntity);
    grouped(ActionDependencyEntity, 'blockedId', { blockerId: 'ASC' }, ids, edges);
  }
  if (fields.has('blocks')) {
    const edges = of('blocksEdge', ActionDependencyEntity);
    grouped(ActionDependencyEntity, 'blockerId', { blockedId: 'ASC' }, ids, edges);
  }
  if (fields.has('subActions') || fields.has('progress')) {
    const children = of('child', ActionEntity);
    grouped(ActionEntity, 'parentId', { id: 'ASC' }, ids, children);
    if (fields.has('progress')) {
      const childIds = children.map((row) => row.id);
      grouped(ActionEntity, 'parentId', { id: 'ASC' }, childIds, of('grandchild', ActionEntity));
    }
  }
}
