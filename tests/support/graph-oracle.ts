// Reference answers for the graph tests, written the plain way (no bit rows, no CSR) so that the
// algorithms under test are checked against something that shares none of their code.

/** Nodes reachable from x by one or more edges (x itself only on a cycle), by depth-first search over the edge list; sorted. */
export function reachable(edges: readonly (readonly [number, number])[], x: number): number[] {
  const seen = new Set<number>();
  const stack = [x];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const [a, b] of edges) {
      if (a !== v || seen.has(b)) continue;
      seen.add(b);
      stack.push(b);
    }
  }
  return [...seen].sort((a, b) => a - b);
}
