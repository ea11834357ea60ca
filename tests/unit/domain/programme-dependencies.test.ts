import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNoDependencyCycle, findDependencyCycle, type DependencyEdge } from '@pm/domain';

function thrown(run: () => unknown): { code?: string; field?: string; message?: string } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; field?: string; message?: string };
  }
  throw new Error('expected the call to throw');
}

// Reference: Kahn's topological sort; it fails exactly when the graph has a cycle.
function topologicalSortFails(edges: readonly DependencyEdge[]): boolean {
  const nodes = new Set(edges.flat());
  const incoming = new Map([...nodes].map((node) => [node, 0]));
  for (const [, to] of edges) incoming.set(to, incoming.get(to)! + 1);
  const ready = [...nodes].filter((node) => incoming.get(node) === 0);
  let sorted = 0;
  while (ready.length > 0) {
    const node = ready.pop()!;
    sorted++;
    for (const [from, to] of edges) {
      if (from !== node) continue;
      incoming.set(to, incoming.get(to)! - 1);
      if (incoming.get(to) === 0) ready.push(to);
    }
  }
  return sorted < nodes.size;
}

describe('findDependencyCycle', () => {
  it('accepts a first dependency', () => {
    expect(findDependencyCycle([], ['a', 'b'])).toBeNull();
  });

  it('reports an action blocking itself as [id, id]', () => {
    expect(findDependencyCycle([['a', 'b']], ['c', 'c'])).toEqual(['c', 'c']);
  });

  it('refuses a direct back edge, naming both actions', () => {
    expect(findDependencyCycle([['a', 'b']], ['b', 'a'])).toEqual(['b', 'a', 'b']);
  });

  it('follows a chain to find the cycle the new edge would close', () => {
    const edges: DependencyEdge[] = [
      ['a', 'b'],
      ['b', 'c'],
    ];
    expect(findDependencyCycle(edges, ['c', 'a'])).toEqual(['c', 'a', 'b', 'c']);
  });

  it('names the shortest of several cycles', () => {
    const edges: DependencyEdge[] = [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['a', 'd'],
    ];
    expect(findDependencyCycle(edges, ['d', 'a'])).toEqual(['d', 'a', 'd']);
  });

  it('accepts a diamond, which has two paths but no cycle', () => {
    const edges: DependencyEdge[] = [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
    ];
    expect(findDependencyCycle(edges, ['c', 'd'])).toBeNull();
  });

  it('accepts a dependency that already exists', () => {
    expect(findDependencyCycle([['a', 'b']], ['a', 'b'])).toBeNull();
  });

  it('reports a cycle already in the stored edges rather than building on it', () => {
    const edges: DependencyEdge[] = [
      ['x', 'y'],
      ['y', 'x'],
    ];
    expect(findDependencyCycle(edges, ['a', 'b'])).toEqual(['x', 'y', 'x']);
  });

  it('handles a long chain without running out of stack', () => {
    const edges: DependencyEdge[] = Array.from({ length: 20_000 }, (_, i) => [`n${i}`, `n${i + 1}`] as const);
    expect(findDependencyCycle(edges, ['start', 'n0'])).toBeNull();
    expect(findDependencyCycle(edges, ['n20000', 'n0'])).toHaveLength(20_002);
  });
});

describe('assertNoDependencyCycle', () => {
  it('refuses a cycle with DEPENDENCY_CYCLE and names the path', () => {
    const error = thrown(() => assertNoDependencyCycle([['a', 'b']], ['b', 'a']));
    expect(error).toMatchObject({ code: 'DEPENDENCY_CYCLE', field: 'blockerId' });
    expect(error.message).toContain('b → a → b');
  });

  it('lets an acyclic dependency through', () => {
    expect(() => assertNoDependencyCycle([['a', 'b']], ['b', 'c'])).not.toThrow();
  });
});

describe('findDependencyCycle properties', () => {
  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  const edge = fc.tuple(id, id) as fc.Arbitrary<DependencyEdge>;
  const edges = fc.array(edge, { maxLength: 10 });

  it('finds a cycle exactly when a topological sort of the edges plus the new one fails', () => {
    fc.assert(
      fc.property(edges, edge, (existing, added) => {
        const cycle = findDependencyCycle(existing, added);
        expect(cycle !== null).toBe(topologicalSortFails([...existing, added]));
      }),
      { numRuns: 500 },
    );
  });

  it('returns a real cycle: closed, and every step is a dependency', () => {
    fc.assert(
      fc.property(edges, edge, (existing, added) => {
        const cycle = findDependencyCycle(existing, added);
        fc.pre(cycle !== null);
        const all = [...existing, added];
        expect(cycle!.length).toBeGreaterThanOrEqual(2);
        expect(cycle![0]).toBe(cycle![cycle!.length - 1]);
        for (let i = 0; i + 1 < cycle!.length; i++) {
          expect(all.some(([from, to]) => from === cycle![i] && to === cycle![i + 1])).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('starts the cycle with the new dependency when the stored edges had none', () => {
    fc.assert(
      fc.property(edges, edge, (existing, added) => {
        fc.pre(!topologicalSortFails(existing));
        const cycle = findDependencyCycle(existing, added);
        fc.pre(cycle !== null);
        expect(cycle!.slice(0, 2)).toEqual([...added]);
      }),
      { numRuns: 500 },
    );
  });
});
