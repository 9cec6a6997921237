/**
 * One pass over the lower-cased text that reports which of many literal keywords occur
 * (Aho–Corasick; accented letters of the keywords are symbols of the automaton like ASCII).
 * Rules are only run when one of their keywords occurred, which is what keeps a scan of
 * ordinary prose close to the cost of reading it once.
 */

const ASCII = 128;

export interface KeywordIndex {
  readonly keywords: readonly string[];
  /** Indices (into `keywords`) of every keyword that occurs in `lower`. */
  find(lower: string): Uint8Array;
  /** Calls `onHit(keywordIndex, start)` for every occurrence (overlapping ones included), ASCII keywords in text order. */
  each(lower: string, onHit: (keyword: number, start: number) => void): void;
  /**
   * `find` and `each` in one pass: which keywords occur, and every start offset (ascending) of the
   * keywords flagged in `positional`; the others get no position list, which saves an allocation per hit.
   */
  scan(lower: string, positional: Uint8Array): KeywordScan;
}

export interface KeywordScan {
  readonly present: Uint8Array;
  /** Start offsets of each positional keyword that occurs, ascending; undefined otherwise. */
  readonly positions: readonly (number[] | undefined)[];
}

export function buildKeywordIndex(keywordList: readonly string[]): KeywordIndex {
  const keywords = [...new Set(keywordList.map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
  // Symbols: ASCII code units stand for themselves; each other code unit that occurs in a keyword
  // ("ü", "é", "º") gets a symbol after them. Looking such words up with indexOf instead cost a
  // pass over the whole text per word whenever the text held one accented letter anywhere.
  const symbolOfUnit = new Map<number, number>();
  for (const k of keywords) for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c >= ASCII && !symbolOfUnit.has(c)) symbolOfUnit.set(c, ASCII + symbolOfUnit.size);
  }
  const ALPHABET = ASCII + symbolOfUnit.size;
  const symbolOf = (c: number) => (c < ASCII ? c : symbolOfUnit.get(c)!);
  // Trie.
  const next: Int32Array[] = [new Int32Array(ALPHABET).fill(-1)];
  const outputs: number[][] = [[]];
  keywords.forEach((k, ki) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const c = symbolOf(k.charCodeAt(i));
      let t = next[s]![c]!;
      if (t === -1) {
        t = next.length;
        next.push(new Int32Array(ALPHABET).fill(-1));
        outputs.push([]);
        next[s]![c] = t;
      }
      s = t;
    }
    outputs[s]!.push(ki);
  });
  // Breadth-first failure links, folded into a full DFA so the scan never backtracks.
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const t = next[0]![c]!;
    if (t === -1) next[0]![c] = 0;
    else {
      fail[t] = 0;
      queue.push(t);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    outputs[s]!.push(...outputs[fail[s]!]!);
    for (let c = 0; c < ALPHABET; c++) {
      const t = next[s]![c]!;
      if (t === -1) next[s]![c] = next[fail[s]!]![c]!;
      else {
        fail[t] = next[fail[s]!]![c]!;
        queue.push(t);
      }
    }
  }
  // The scan reads one table entry per character; with hundreds of keywords a 128-column table is
  // large enough to miss the cache. Characters that occur in no keyword all behave alike, so the
  // table has one column per distinct keyword character plus one for every other character, and
  // entries hold the next state's row offset rather than its number.
  const classOf = new Uint8Array(ALPHABET);
  let classes = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) {
    const c = symbolOf(k.charCodeAt(i));
    if (classOf[c] === 0) classOf[c] = classes++;
  }
  if (classes > 255) throw new Error(`keyword characters do not fit one byte of classes (${classes})`);
  const states = next.length;
  const table = new Int32Array(states * classes);
  for (let s = 0; s < states; s++) {
    const row = next[s]!;
    // Column 0 (characters in no keyword): any such character leads where an unused character does.
    const other = (() => { for (let c = 0; c < ALPHABET; c++) if (classOf[c] === 0) return row[c]!; return 0; })();
    table[s * classes] = other * classes;
    for (let c = 0; c < ALPHABET; c++) if (classOf[c] !== 0) table[s * classes + classOf[c]!] = row[c]! * classes;
  }
  // An entry leading to a state with outputs is stored complemented (negative), so the scan learns
  // whether to report with the same load that moves it, and every code unit has a class (0 for
  // those in no keyword) in one 64 K table, so the loop has no branch on the character either.
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s++) if (outputs[s]!.length > 0) hasOutput[s] = 1;
  for (let i = 0; i < table.length; i++) if (hasOutput[table[i]! / classes] === 1) table[i] = ~table[i]!;
  const classOfUnit = new Uint8Array(65536);
  classOfUnit.set(classOf.subarray(0, ASCII));
  for (const [unit, symbol] of symbolOfUnit) classOfUnit[unit] = classOf[symbol]!;
  const lengths = keywords.map((k) => k.length);
  // A state's outputs as one flat list: per-state arrays read through a computed index cost about
  // as much per hit as the automaton costs per character, and ordinary text has hundreds of hits per 4 KB.
  const outputStart = new Int32Array(states + 1);
  for (let st = 0; st < states; st++) outputStart[st + 1] = outputStart[st]! + outputs[st]!.length;
  const outputList = Int32Array.from(outputs.flat());

  return {
    keywords,
    find(lower: string): Uint8Array {
      const found = new Uint8Array(keywords.length);
      let s = 0;
      for (let i = 0; i < lower.length; i++) {
        s = table[s + classOfUnit[lower.charCodeAt(i)]!]!;
        if (s < 0) {
          s = ~s;
          const state = (s / classes) | 0;
          for (let o = outputStart[state]!, end = outputStart[state + 1]!; o < end; o++) found[outputList[o]!] = 1;
        }
      }
      return found;
    },
    each(lower: string, onHit: (keyword: number, start: number) => void): void {
      let s = 0;
      for (let i = 0; i < lower.length; i++) {
        s = table[s + classOfUnit[lower.charCodeAt(i)]!]!;
        if (s < 0) {
          s = ~s;
          const state = (s / classes) | 0;
          for (let o = outputStart[state]!, end = outputStart[state + 1]!; o < end; o++) {
            const k = outputList[o]!;
            onHit(k, i + 1 - lengths[k]!);
          }
        }
      }
    },
    scan(lower: string, positional: Uint8Array): KeywordScan {
      const present = new Uint8Array(keywords.length);
      const positions: (number[] | undefined)[] = new Array(keywords.length);
      let s = 0;
      for (let i = 0; i < lower.length; i++) {
        s = table[s + classOfUnit[lower.charCodeAt(i)]!]!;
        if (s < 0) {
          s = ~s;
          const state = (s / classes) | 0;
          for (let o = outputStart[state]!, end = outputStart[state + 1]!; o < end; o++) {
            const k = outputList[o]!;
            present[k] = 1;
            if (positional[k] === 1) (positions[k] ??= []).push(i + 1 - lengths[k]!);
          }
        }
      }
      return { present, positions };
    },
  };
}
