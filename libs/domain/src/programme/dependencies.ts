// Action dependencies (blocks / blocked by) must never form a cycle (PRODUCT.md §3 "Action"):
// a cycle means no action in it can ever start.
import { DomainValidationError } from '../errors';

/** `[blockerId, blockedId]`: the first action blocks the second. */
export type DependencyEdge = readonly [blockerId: string, blockedId: string];

/**
 * The cycle that adding `newEdge` to `edges` would create, or null when none.
 *
 * The path starts and ends with the same id and follows blocker → blocked, beginning with the new
 * edge: adding A blocks B while B already (indirectly) blocks A gives `[A, B, …, A]`; an action
 * blocking itself gives `[A, A]`. Among such cycles the shortest is returned.
 * Should the stored edges already contain a cycle (they never should), that cycle is returned,
 * so no new dependency is accepted on top of broken data.
 */
export function findDependencyCycle(
  edges: readonly DependencyEdge[],
  newEdge: DependencyEdge,
): string[] | null {
  const [blocker, blocked] = newEdge;
  if (blocker === blocked) return [blocker, blocker];
  const next = adjacency(edges);
  // The new edge closes a cycle exactly when `blocked` already leads back to `blocker`.
  const back = shortestPath(next, blocked, blocker);
  if (back !== null) return [blocker, ...back];
  return anyCycle(next);
}

/**
 * @throws DomainValidationError `DEPENDENCY_CYCLE` (field `blockerId`) naming the path of ids when
 *   adding `newEdge` would create a cycle.
 */
export function assertNoDependencyCycle(edges: readonly DependencyEdge[], newEdge: DependencyEdge): void {
  const cycle = findDependencyCycle(edges, newEdge);
  if (cycle !== null) {
    throw new DomainValidationError(
      'DEPENDENCY_CYCLE',
      'blockerId',
      `This dependency would create a cycle: ${cycle.join(' → ')}`,
    );
  }
}

function adjacency(edges: readonly DependencyEdge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const targets = next.get(from);
    if (targets === undefined) next.set(from, [to]);
    else targets.push(to);
  }
  return next;
}

// Breadth-first, so the reported cycle is as short as possible and easy to read.
function shortestPath(next: Map<string, string[]>, from: string, to: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node === to) {
      const path: string[] = [];
      for (let at: string | null = node; at !== null; at = cameFrom.get(at) ?? null) path.push(at);
      return path.reverse();
    }
    for (const target of next.get(node) ?? []) {
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return null;
}

// Iterative depth-first search (no recursion limit on long chains); returns the first cycle found.
function anyCycle(next: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  for (const start of next.keys()) {
    if (done.has(start)) continue;
    const stack: Array<{ node: string; index: number }> = [{ node: start, index: 0 }];
    const onStack = new Map<string, number>([[start, 0]]);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const targets = next.get(frame.node) ?? [];
      if (frame.index >= targets.length) {
        stack.pop();
        onStack.delete(frame.node);
        done.add(frame.node);
        continue;
      }
      const target = targets[frame.index++]!;
      const position = onStack.get(target);
      if (position !== undefined) {
        return [...stack.slice(position).map((entry) => entry.node), target];
      }
      if (!done.has(target)) {
        onStack.set(target, stack.length);
        stack.push({ node: target, index: 0 });
      }
    }
  }
  return null;
}
