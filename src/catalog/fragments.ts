/**
 * Which of many fixed fragments occur in a text, in one pass over the text: an Aho–Corasick
 * automaton over UTF-16 code units, compiled into a table with one step per code unit. The
 * catalog's text rules hold about a thousand fragments; testing each with `includes` cost a
 * thousand passes over every reply the memo had not seen.
 *
 * The answer is exactly that of `text.includes(fragment)` for every fragment (test/catalog/
 * fragments.test.ts checks it against `includes` on random texts). Linear in the text whatever
 * it holds, so hostile input cannot slow it down.
 *
 * Size: states × (distinct code units in the fragments + 1) table cells; the catalog's 14k states
 * and 54 code units make 1.5 MB.
 */
export class FragmentSet {
  /** Code unit → its column in the table; 0 for every code unit no fragment holds. */
  private readonly column = new Uint8Array(0x10000);
  private readonly width: number;
  /** The next state, at state × width + column. */
  private readonly table: Uint16Array | Uint32Array;
  /** Per state: the fragments that end here, its own and those of its suffix states. */
  private readonly ends: (readonly number[])[];
  /** Per fragment: the scan that last found it (see `scan`). */
  private readonly seenIn: Uint32Array;
  private scans = 0;
  private readonly ids = new Map<string, number>();
  /** The ids found by the latest scan, each once, in the order they were found. */
  readonly found: number[] = [];

  constructor(fragments: Iterable<string>) {
    const list = [...new Set(fragments)].filter((f) => f !== '');
    let columns = 1;
    for (const fragment of list) {
      this.ids.set(fragment, this.ids.size);
      for (let i = 0; i < fragment.length; i++) {
        const c = fragment.charCodeAt(i);
        if (this.column[c] === 0) {
          if (columns === 0xff) throw new Error('FragmentSet: more than 254 distinct code units');
          this.column[c] = columns++;
        }
      }
    }
    this.width = columns;
    const trie = trieOf(list, this.column, this.ids);
    const { table, ends } = automatonOf(trie, columns);
    this.table = table;
    this.ends = ends;
    this.seenIn = new Uint32Array(this.ids.size);
  }

  /** The id of a fragment given to the constructor, for `has`; -1 for an unknown one. */
  idOf(fragment: string): number {
    return this.ids.get(fragment) ?? -1;
  }

  /**
   * Find the fragments in `text`. `has` and `found` tell about the latest scan only: a scan is a
   * number, and a fragment is found when it was seen in that scan.
   */
  scan(text: string): void {
    if (this.scans === 0xffffffff) {
      this.seenIn.fill(0);
      this.scans = 0;
    }
    const current = ++this.scans;
    this.found.length = 0;
    const { table, column, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = table[state * width + (column[text.charCodeAt(i)] as number)] as number;
      const ends = this.ends[state] as readonly number[];
      for (let k = 0; k < ends.length; k++) {
        const id = ends[k] as number;
        if (this.seenIn[id] !== current) {
          this.seenIn[id] = current;
          this.found.push(id);
        }
      }
    }
  }

  /** Whether the fragment with this id occurred in the text of the latest scan. */
  has(id: number): boolean {
    return id >= 0 && this.seenIn[id] === this.scans;
  }
}

/** How long a prefix two strings share. */
function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * How many distinct non-empty prefixes sorted strings have (the states of their trie, less the
 * root): each string adds the prefixes longer than the one it shares with the string before it.
 */
function distinctPrefixes(sorted: readonly string[]): number {
  let count = 0;
  let previous = '';
  for (const s of sorted) {
    count += s.length - sharedPrefix(s, previous);
    previous = s;
  }
  return count;
}

/** The states but the root, shallowest first (a counting sort by depth). */
function statesByDepth(depth: Int32Array): Int32Array {
  let deepest = 0;
  for (const d of depth) if (d > deepest) deepest = d;
  // next[d]: where the next state of depth d goes; first the count of each depth...
  const next = new Int32Array(deepest + 2);
  for (let state = 1; state < depth.length; state++) {
    const d = depth[state] as number;
    next[d + 1] = (next[d + 1] as number) + 1;
  }
  // ...then the count of all shallower states (the root has depth 0 and is left out).
  for (let d = 1; d <= deepest + 1; d++) next[d] = (next[d] as number) + (next[d - 1] as number);
  const order = new Int32Array(depth.length - 1);
  for (let state = 1; state < depth.length; state++) {
    const d = depth[state] as number;
    order[next[d] as number] = state;
    next[d] = (next[d] as number) + 1;
  }
  return order;
}

/** A trie state is known by its parent, the column of the edge from it, and its depth. */
interface Trie {
  parent: Int32Array;
  edge: Uint8Array;
  depth: Int32Array;
  /** The id of the fragment that ends at a state, if one does. */
  own: (number | undefined)[];
}

/**
 * The trie of the fragments, built in sorted order: each fragment shares the states of the prefix
 * it has in common with the one before it and adds one state per code unit after that.
 */
function trieOf(fragments: readonly string[], column: Uint8Array, ids: ReadonlyMap<string, number>): Trie {
  const sorted = [...fragments].sort();
  const states = distinctPrefixes(sorted) + 1;
  const trie: Trie = {
    parent: new Int32Array(states),
    edge: new Uint8Array(states),
    depth: new Int32Array(states),
    own: new Array(states),
  };
  const path = [0];
  let next = 1;
  let previous = '';
  for (const fragment of sorted) {
    let shared = sharedPrefix(fragment, previous);
    path.length = shared + 1;
    for (; shared < fragment.length; shared++) {
      trie.parent[next] = path[shared] as number;
      trie.edge[next] = column[fragment.charCodeAt(shared)] as number;
      trie.depth[next] = shared + 1;
      path.push(next++);
    }
    // Fragments are distinct, so each ends at a state of its own.
    trie.own[path[fragment.length] as number] = ids.get(fragment);
    previous = fragment;
  }
  return trie;
}

/**
 * The automaton's table and the fragments each state has found. Level by level: each state's
 * failure state (the longest proper suffix that is a state), then its row, which is the row of
 * its failure state (shallower, so complete) with the state's own edges written over it when the
 * level of its children is reached.
 */
function automatonOf(trie: Trie, width: number): { table: Uint16Array | Uint32Array; ends: (readonly number[])[] } {
  const { parent, edge, depth, own } = trie;
  const states = depth.length;
  const byDepth = statesByDepth(depth);
  const table = states < 0x10000 ? new Uint16Array(states * width) : new Uint32Array(states * width);
  const fail = new Int32Array(states);
  const none: readonly number[] = [];
  const ends: (readonly number[])[] = new Array(states);
  ends[0] = none;
  for (let from = 0; from < byDepth.length; ) {
    let to = from;
    while (to < byDepth.length && depth[byDepth[to] as number] === depth[byDepth[from] as number]) to++;
    for (let k = from; k < to; k++) {
      const state = byDepth[k] as number;
      const up = parent[state] as number;
      fail[state] = up === 0 ? 0 : (table[(fail[up] as number) * width + (edge[state] as number)] as number);
    }
    for (let k = from; k < to; k++) {
      const state = byDepth[k] as number;
      table[(parent[state] as number) * width + (edge[state] as number)] = state;
    }
    for (let k = from; k < to; k++) {
      const state = byDepth[k] as number;
      const link = fail[state] as number;
      table.copyWithin(state * width, link * width, link * width + width);
      const id = own[state];
      const inherited = ends[link] as readonly number[];
      ends[state] = id === undefined ? inherited : [id, ...inherited];
    }
    from = to;
  }
  return { table, ends };
}
