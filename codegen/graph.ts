// Cycles in a directed graph (Tarjan's strongly connected components): used for reference
// cycles between schemas (they become `s.lazy`) and by the import-graph test of src/.

/** The components on a cycle: groups of two or more nodes, or a node with an edge to itself. Sorted. */
export function cyclesOf(edges: ReadonlyMap<string, Iterable<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const strong = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    let self = false;
    for (const w of edges.get(v) ?? []) {
      if (w === v) self = true;
      if (!edges.has(w)) continue;
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || self) found.push(scc.sort());
    }
  };
  for (const name of [...edges.keys()].sort()) if (!idx.has(name)) strong(name);
  return found.sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
}
