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
    this.width = columns;
    // The trie, as child lists by column, and what ends at each state.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    for (const fragment of list) {
      const id = this.ids.size;
      this.ids.set(fragment, id);
      let state = 0;
      for (let i = 0; i < fragment.length; i++) {
        const col = this.column[fragment.charCodeAt(i)] as number;
        let to = (children[state] as Map<number, number>).get(col);
        if (to === undefined) {
          to = children.length;
          children.push(new Map());
          ends.push([]);
          (children[state] as Map<number, number>).set(col, to);
        }
        state = to;
      }
      (ends[state] as number[]).push(id);
    }
    // Breadth first, each state's row is its trie children over the row of its failure state
    // (the longest proper suffix that is a state), which is complete by then.
    const width = this.width;
    const table =
      children.length < 0x10000 ? new Uint16Array(children.length * width) : new Uint32Array(children.length * width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (const [col, child] of children[0] as Map<number, number>) {
      table[col] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const link = fail[state] as number;
      table.copyWithin(state * width, link * width, link * width + width);
      for (const [col, child] of children[state] as Map<number, number>) {
        table[state * width + col] = child;
        const childLink = table[link * width + col] as number;
        fail[child] = childLink;
        const inherited = ends[childLink] as number[];
        if (inherited.length > 0) (ends[child] as number[]).push(...inherited);
        queue.push(child);
      }
    }
    this.table = table;
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
