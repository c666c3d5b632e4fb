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
      for (let i = 0; i < fragment.length; i++) {
        const c = fragment.charCodeAt(i);
        if (this.column[c] === 0) {
          if (columns === 0xff) throw new Error('FragmentSet: more than 254 distinct code units');
          this.column[c] = columns++;
        }
      }
    }
    const width = columns;
    this.width = width;
    // The trie, straight into the table (0 is "no edge": no edge leads back to the root), with
    // what ends at each state.
    const states = distinctPrefixes(list) + 1;
    const trie = states < 0x10000 ? new Uint16Array(states * width) : new Uint32Array(states * width);
    const ends: number[][] = [[]];
    for (const fragment of list) {
      const id = this.ids.size;
      this.ids.set(fragment, id);
      let state = 0;
      for (let i = 0; i < fragment.length; i++) {
        const cell = state * width + (this.column[fragment.charCodeAt(i)] as number);
        if (trie[cell] === 0) {
          trie[cell] = ends.length;
          ends.push([]);
        }
        state = trie[cell] as number;
      }
      (ends[state] as number[]).push(id);
    }
    // Breadth first. When a state is reached its row holds only its trie edges; the missing
    // ones are copied from the row of its failure state (the longest proper suffix that is a
    // state), which is shallower and so complete by then.
    const fail = new Int32Array(states);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let col = 1; col < width; col++) if (trie[col] !== 0) queue[tail++] = trie[col] as number;
    for (let head = 0; head < tail; head++) {
      const state = queue[head] as number;
      const link = fail[state] as number;
      for (let col = 0; col < width; col++) {
        const child = trie[state * width + col] as number;
        const viaLink = trie[link * width + col] as number;
        if (child === 0) {
          trie[state * width + col] = viaLink;
          continue;
        }
        fail[child] = viaLink;
        const inherited = ends[viaLink] as number[];
        if (inherited.length > 0) (ends[child] as number[]).push(...inherited);
        queue[tail++] = child;
      }
    }
    this.table = trie;
    const none: readonly number[] = [];
    this.ends = ends.map((own) => (own.length === 0 ? none : own));
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

/**
 * How many distinct non-empty prefixes the strings have (the states of their trie, less the
 * root): in sorted order, each string adds the prefixes longer than the one it shares with the
 * string before it.
 */
function distinctPrefixes(strings: readonly string[]): number {
  const sorted = [...strings].sort();
  let count = 0;
  let previous = '';
  for (const s of sorted) {
    let shared = 0;
    while (shared < s.length && shared < previous.length && s.charCodeAt(shared) === previous.charCodeAt(shared))
      shared++;
    count += s.length - shared;
    previous = s;
  }
  return count;
}
