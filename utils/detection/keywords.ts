/**
 * One pass over the lower-cased text that reports which of many literal keywords occur
 * (Aho–Corasick; accented letters of the keywords are symbols of the automaton like ASCII).
 * Rules are only run when one of their keywords occurred, which is what keeps a scan of
 * ordinary prose close to the cost of reading it once.
 */

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
  // The scan reads one table entry per character, so the table has one column per distinct keyword
  // character (accented ones included: looking those words up with indexOf instead cost a pass over
  // the whole text per word) plus column 0 for every other character, which always leads back to
  // the root. Every code unit has a class in one 64 K table, so the loop has no branch on it.
  const classOfUnit = new Uint8Array(65536);
  let classes = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (classOfUnit[c] === 0) classOfUnit[c] = classes++;
  }
  if (classes > 255) throw new Error(`keyword characters do not fit one byte of classes (${classes})`);
  // Trie, written straight into the rows of the final table (-1: no child yet). The index is built
  // on the first scan of a page, so it is built in place: one row per state of `classes` entries,
  // never a row per state over every character.
  let capacity = 1;
  for (const k of keywords) capacity += k.length;
  const trie = new Int32Array(capacity * classes).fill(-1);
  const ownKeyword: number[] = [-1];
  let states = 1;
  keywords.forEach((k, ki) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const at = s * classes + classOfUnit[k.charCodeAt(i)]!;
      if (trie[at] === -1) {
        trie[at] = states++;
        ownKeyword.push(-1);
      }
      s = trie[at]!;
    }
    ownKeyword[s] = ki;
  });
  // Breadth-first failure links, folded into a full DFA so the scan never backtracks: a missing
  // child leads where the failure state's does, and that row is complete since it is shallower.
  const table = trie.slice(0, states * classes);
  const fail = new Int32Array(states);
  const outputs: number[][] = [[]];
  const queue = new Int32Array(states);
  let tail = 0;
  for (let c = 0; c < classes; c++) {
    const t = table[c]!;
    if (t === -1) table[c] = 0;
    else queue[tail++] = t;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    const inherited = outputs[fail[s]!]!;
    outputs[s] = ownKeyword[s] === -1 ? inherited : [ownKeyword[s]!, ...inherited];
    const row = s * classes;
    const failRow = fail[s]! * classes;
    for (let c = 0; c < classes; c++) {
      const t = table[row + c]!;
      if (t === -1) table[row + c] = table[failRow + c]!;
      else {
        fail[t] = table[failRow + c]!;
        queue[tail++] = t;
      }
    }
  }
  // Entries hold the next state's row offset rather than its number, and an entry leading to a
  // state with outputs is stored complemented (negative), so the scan learns whether to report
  // with the same load that moves it.
  const hasOutput = new Uint8Array(states);
  for (let st = 0; st < states; st++) hasOutput[st] = outputs[st]!.length > 0 ? 1 : 0;
  for (let i = 0; i < table.length; i++) {
    const t = table[i]!;
    table[i] = hasOutput[t] === 1 ? ~(t * classes) : t * classes;
  }
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
