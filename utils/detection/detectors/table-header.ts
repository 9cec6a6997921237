/**
 * Column headers as context. In a pasted table (TSV, CSV, semicolon-separated, pipe/Markdown) the
 * word that says what a value is ("ssn", "dob") sits in the header row, often many lines above the
 * value, so a window of nearby words only helps the first row. This finds the header cell of the
 * column a value sits in, on any row.
 *
 * Cost: each line is split at most once per scan and the walk up to the header is memoised, so a
 * scan pays about one pass over the table however many values ask. Lines longer than
 * MAX_LINE are not treated as table rows (no table row is that long, and it bounds the work a
 * single huge line can cause).
 */

const MAX_LINE = 2000;

interface Cell { start: number; end: number }
interface Row { start: number; delimiter: string; cells: Cell[]; columnList?: true }

/** The delimiter a row uses: tab, then pipe, then semicolon, then comma; '' when none. */
function delimiterOf(line: string): string {
  for (const d of ['\t', '|', ';', ',']) if (line.includes(d)) return d;
  return '';
}

/** Cells of `line` split on `delimiter`; commas and semicolons inside double quotes do not split (CSV quoting). */
function splitCells(line: string, delimiter: string): Cell[] {
  const cells: Cell[] = [];
  const quoting = delimiter === ',' || delimiter === ';';
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoting && ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) {
      cells.push({ start, end: i });
      start = i + 1;
    }
  }
  cells.push({ start, end: line.length });
  return cells;
}

/** A Markdown/ASCII rule line such as "| --- | :-: |" or "+----+----+": not a header, not data. */
const RULE_LINE = /^[\s|:+=-]*$/;
/** A rule line with a run of dashes or equals signs in it, whatever its delimiter. */
const DASHED_RULE_LINE = /^[\s|:+=-]*[-=]{3}[\s|:+=-]*$/;
const HAS_DIGIT = /\d/;
/**
 * Digits that make a delimited line data: two in a row, or one opening a cell. A header numbers
 * repeated columns with one digit after a word ("E-mail 1 - Value", "Phone 2 - Type", as a contacts export writes them).
 */
const DATA_DIGITS = /\d\d|(?:^|[\t|;,])[ \t"']*[+\d]/;
/** A cell of a table aligned with spaces: words joined by single spaces. */
const ALIGNED_CELL = /\S+(?: \S+)*/g;
/** Lines that are not rows of an aligned table: tab-, pipe- or semicolon-separated ones are read as such. */
const NOT_ALIGNED = /[\t|;]/;
const INDENTED = /^ {2,}\S/;
/** The column types R prints under a tibble's header ("<chr>  <date>  <dbl>"): the header is the line above. */
const COLUMN_TYPES_LINE = /^[ \t]*<[a-z]{2,8}>(?:[ \t]+<[a-z]{2,8}>)+[ \t]*$/;
/** Padding read around a value before its cell edge; a cell padded further is not recognised. */
const MAX_PADDING = 64;
/** What PADDING trims, except tab and newline (cell edges here; a line holding a tab splits on it). */
const isPadding = (c: number): boolean =>
  c === 32 || c === 34 || c === 39 || c === 11 || c === 12 || c === 13 || (c > 127 && /\s/.test(String.fromCharCode(c)));
/** Tab, newline, '|', ';' or ','. */
export const isCellEdge = (c: number): boolean => c === 9 || c === 10 || c === 124 || c === 59 || c === 44;
/**
 * `COPY public.customers (id, first_name, birth_date) FROM stdin;`, which opens the tab-separated
 * rows of a PostgreSQL dump: its column list is their header.
 */
const COPY_FROM_STDIN = /^COPY[ \t]+[\w."]+[ \t]*\(([^)]*)\)[ \t]+FROM[ \t]+stdin/di;

function copyColumns(copy: RegExpExecArray): Cell[] {
  const [listStart] = copy.indices![1]!;
  const cells: Cell[] = [];
  for (const m of copy[1]!.matchAll(/[^,\s][^,]*?(?=\s*(?:,|$))/g)) cells.push({ start: listStart + m.index, end: listStart + m.index + m[0].length });
  return cells;
}

function oddQuotes(line: string): boolean {
  let n = 0;
  for (let i = line.indexOf('"'); i !== -1; i = line.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}
/** Characters trimmed around a cell's value: padding and CSV quotes. */
const PADDING = /^[\s"']+|[\s"']+$/g;

export class TableHeaders {
  private readonly rows = new Map<number, Row | null>();
  /** Line start → start of the header line above it (-1: none), filled for every line a walk passes. */
  private readonly headerLine = new Map<number, number>();
  /** The same two memos for tables aligned with spaces. */
  private readonly aligned = new Map<number, Cell[] | null>();
  private readonly alignedHeaderLine = new Map<number, number>();

  /** The last value offset asked about and the start of its line (lineStartOfValue). */
  private lastAt = 0;
  private lastLineStart = 0;

  constructor(private readonly text: string) {}

  /**
   * The header cell, lower-cased and trimmed, of the column whose cell holds exactly text[start, end)
   * (padding and quotes aside); '' when the value is not alone in a cell of a table with a header.
   * The header is the nearest line above with the same delimiter and no digit (data rows under a
   * header carry numbers; the header does not), rule lines skipped; the table ends at a line
   * without the delimiter. A row with more or fewer cells than its header (an unquoted comma in a
   * name) is matched to it from the right.
   */
  headerOf(start: number, end: number): string {
    const found = this.headerRowOf(start, end);
    return found ? found.cells[found.column]! : '';
  }

  /**
   * The whole header row (cells lower-cased and trimmed) of the table whose cell holds exactly
   * text[start, end), and the index of that cell's column; null when headerOf would give ''.
   */
  headerRowOf(start: number, end: number): { cells: string[]; column: number } | null {
    if (!this.delimitedAround(start, end)) return this.alignedHeaderRowOf(start, end);
    const lineStart = this.lineStartOfValue(start);
    if (lineStart === -1) return null;
    const row = this.rowAt(lineStart);
    if (!row || !row.delimiter) return this.alignedHeaderRowOf(start, end);
    let index = this.cellIndex(row.cells, row.start, start, end);
    // "March 15, 1978" in a CSV row spans two cells until the row is read against its header.
    if (index === -1 && row.delimiter !== ',') return null;
    const headerStart = this.headerAbove(lineStart, row.delimiter);
    if (headerStart === -1) return null;
    const header = this.rowAt(headerStart)!;
    let rowCells = row.cells;
    if (header.cells.length < rowCells.length && row.delimiter === ',') {
      rowCells = this.joinSpacedCells(row, header.cells.length);
      index = this.cellIndex(rowCells, row.start, start, end);
    }
    if (index === -1) return null;
    const k = header.cells.length === rowCells.length ? index : header.cells.length - (rowCells.length - index);
    if (k < 0 || !header.cells[k]) return null;
    const cells = header.cells.map((cell) => this.text.slice(headerStart + cell.start, headerStart + cell.end).replace(PADDING, '').toLowerCase());
    return { cells, column: k };
  }

  /**
   * The header of a table aligned with spaces (fixed-width reports, `column -t`, lab manifests):
   * columns are separated by two spaces or more, and the header is the nearest line above, past
   * data rows and rule lines, that has no digit and two columns or more. Its cell is the one that
   * overlaps the value's columns. A value there need not fill its cell: a short code often follows
   * after one space ("2014-10-17 EDTA"), but it must stand between spaces or line edges.
   */
  private alignedHeaderRowOf(start: number, end: number): { cells: string[]; column: number } | null {
    const before = start === 0 ? 10 : this.text.charCodeAt(start - 1);
    const after = end >= this.text.length ? 10 : this.text.charCodeAt(end);
    if ((before !== 32 && before !== 10) || (after !== 32 && after !== 10 && after !== 13)) return null;
    const lineStart = this.lineStartOfValue(start);
    if (lineStart === -1 || !this.alignedAt(lineStart)) return null;
    const headerStart = this.alignedHeaderAbove(lineStart);
    if (headerStart === -1) return null;
    const header = this.alignedAt(headerStart)!;
    const from = start - lineStart;
    const to = end - lineStart;
    let column = -1;
    let best = 0;
    header.forEach((cell, k) => {
      const overlap = Math.min(to, cell.end) - Math.max(from, cell.start);
      if (overlap > best) [best, column] = [overlap, k];
    });
    if (column === -1) return null;
    const cells = header.map((cell) => this.text.slice(headerStart + cell.start, headerStart + cell.end).toLowerCase());
    return { cells, column };
  }

  /** The cells of the line at `lineStart` read as an aligned row: null unless it has two or more, no tab, pipe or semicolon, and no label first. */
  private alignedAt(lineStart: number): Cell[] | null {
    let row = this.aligned.get(lineStart);
    if (row !== undefined) return row;
    row = null;
    const line = this.lineFrom(lineStart);
    if (line !== null && !NOT_ALIGNED.test(line)) {
      const cells: Cell[] = [];
      for (const m of line.matchAll(ALIGNED_CELL)) cells.push({ start: m.index, end: m.index + m[0].length });
      // "Geboortedatum:      8 augustus 2004" is a form's row aligned with spaces: a label and its value, no columns.
      if (cells.length >= 2 && line.charCodeAt(cells[0]!.end - 1) !== 58) row = cells;
    }
    this.aligned.set(lineStart, row);
    return row;
  }

  /**
   * Start of the aligned header line above `lineStart`, or -1: the first line up without a digit,
   * past rule lines, if it is an aligned row. Data rows and the indented lines that continue a row
   * ("           id: RMNMRC14R17H501I") are passed over.
   */
  private alignedHeaderAbove(lineStart: number): number {
    return this.walkToHeader(lineStart, this.alignedHeaderLine, (prev, line) => {
      if (!HAS_DIGIT.test(line)) {
        if ((DASHED_RULE_LINE.test(line) && line.trim()) || COLUMN_TYPES_LINE.test(line)) return 'rule';
        return this.alignedAt(prev) ? 'header' : 'end';
      }
      return this.alignedAt(prev) || INDENTED.test(line) ? 'row' : 'end';
    });
  }

  /**
   * A cheap necessary condition for a value alone in a cell, checked before any line is found or
   * split: past at most MAX_PADDING characters of padding on each side lies a delimiter or a line
   * edge. Most values in prose fail it at the first character.
   */
  private delimitedAround(start: number, end: number): boolean {
    let i = start;
    while (i > 0 && start - i < MAX_PADDING && isPadding(this.text.charCodeAt(i - 1))) i--;
    if (i > 0 && !isCellEdge(this.text.charCodeAt(i - 1))) return false;
    let j = end;
    while (j < this.text.length && j - end < MAX_PADDING && isPadding(this.text.charCodeAt(j))) j++;
    return j === this.text.length || isCellEdge(this.text.charCodeAt(j));
  }

  /**
   * lineStartOf for the values asked about. Callers ask in ascending order, often many times on one
   * line, so the line start found last is reused when no newline lies between: without this, every
   * value on a line longer than MAX_LINE would read MAX_LINE characters back.
   */
  private lineStartOfValue(at: number): number {
    let lineStart: number;
    if (at >= this.lastAt) {
      // Only the characters since the last value can hold a newline that starts a new line.
      let i = at;
      while (i > this.lastAt && this.text.charCodeAt(i - 1) !== 10) i--;
      lineStart = i > this.lastAt ? i : this.lastLineStart;
    } else {
      lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
    }
    this.lastAt = at;
    this.lastLineStart = lineStart;
    return at - lineStart <= MAX_LINE ? lineStart : -1;
  }

  /** Start of the line holding offset `at`, or -1 when it is further back than MAX_LINE. */
  private lineStartOf(at: number): number {
    for (let i = at; i > 0 && at - i <= MAX_LINE; i--) if (this.text.charCodeAt(i - 1) === 10) return i;
    return at <= MAX_LINE ? 0 : -1;
  }

  private rowAt(lineStart: number): Row | null {
    let row = this.rows.get(lineStart);
    if (row !== undefined) return row;
    const line = this.lineFrom(lineStart);
    if (line === null) row = null;
    else {
      const copy = COPY_FROM_STDIN.exec(line);
      if (copy) row = { start: lineStart, delimiter: '\t', cells: copyColumns(copy), columnList: true };
      else {
        const delimiter = delimiterOf(line);
        row = { start: lineStart, delimiter, cells: delimiter ? splitCells(line, delimiter) : [] };
      }
    }
    this.rows.set(lineStart, row);
    return row;
  }

  /** The line starting at `lineStart` without its line break, or null when it is longer than MAX_LINE. */
  private lineFrom(lineStart: number): string | null {
    let lineEnd = this.text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = this.text.length;
    return lineEnd - lineStart > MAX_LINE ? null : this.text.slice(lineStart, lineEnd).replace(/\r$/, '');
  }

  /**
   * A CSV row with more cells than its header, its unquoted commas that a space follows joined
   * back ("Kowalski, Brittany", "March 15, 1978"): a writer puts none after its delimiters, people
   * put one after theirs. Left to right, only as many as the header is short of.
   */
  private joinSpacedCells(row: Row, wanted: number): Cell[] {
    const cells: Cell[] = [];
    let extra = row.cells.length - wanted;
    for (const cell of row.cells) {
      const last = cells[cells.length - 1];
      if (last && extra > 0 && this.text.charCodeAt(row.start + cell.start) === 32) {
        cells[cells.length - 1] = { start: last.start, end: cell.end };
        extra--;
      } else cells.push(cell);
    }
    return cells;
  }

  /** Index of the cell of a row starting at `rowStart` that holds exactly [start, end) once padding and quotes are trimmed, or -1. */
  private cellIndex(cells: Cell[], rowStart: number, start: number, end: number): number {
    const s = start - rowStart;
    const e = end - rowStart;
    const index = cells.findIndex((c) => c.start <= s && e <= c.end);
    if (index === -1) return -1;
    const c = cells[index]!;
    const before = this.text.slice(rowStart + c.start, start);
    const after = this.text.slice(end, rowStart + c.end);
    return before.replace(PADDING, '') === '' && after.replace(PADDING, '') === '' ? index : -1;
  }

  /**
   * Start of the header line above the line at `lineStart`, or -1: the first line up with the same
   * delimiter and no digit that is no rule line. psql draws the rule under its header with "+" and
   * no pipe ("----+----"): passed over like other rules. A blank line is no rule: the table above
   * it is another one.
   */
  private headerAbove(lineStart: number, delimiter: string): number {
    // A quoted CSV cell may hold line breaks (a postal address in a contacts export): its later
    // lines have an odd number of quotes at the cell's close and none in between. Going up, they
    // are passed over to the line that opened the quote, which is the row.
    const quoting = delimiter === ',' || delimiter === ';';
    let insideQuote = false;
    return this.walkToHeader(lineStart, this.headerLine, (prev, line) => {
      // Going up, the line closing a quote enters it and the line opening it (the row) leaves it.
      if (quoting && oddQuotes(line)) insideQuote = !insideQuote;
      if (insideQuote) return 'rule';
      const row = this.rowAt(prev);
      if (!row || row.delimiter !== delimiter) return DASHED_RULE_LINE.test(line) ? 'rule' : 'end';
      return row.columnList || (!RULE_LINE.test(line) && !DATA_DIGITS.test(line)) ? 'header' : 'row';
    });
  }

  /**
   * Walks up from the line at `lineStart` to its table's header, as `kindOf` reads each line above:
   * the header ends the walk, a rule or a row is passed over, anything else ends the table. Every
   * line passed shares the header found, and `memo` keeps it for them, so a table is walked about
   * once however many of its values ask.
   */
  private walkToHeader(lineStart: number, memo: Map<number, number>, kindOf: (prev: number, line: string) => 'header' | 'rule' | 'row' | 'end'): number {
    const walked: number[] = [];
    let found = -1;
    for (let at = lineStart; at > 0; ) {
      const prev = this.lineStartOf(at - 1);
      if (prev === -1 || at - 1 - prev > MAX_LINE) break;
      const kind = kindOf(prev, this.text.slice(prev, at - 1));
      if (kind === 'end') break;
      if (kind === 'header') {
        found = prev;
        break;
      }
      // Only a row's memo may answer: a line's memo is the header above it, which is this line's
      // header only when that line is data, not when it is the header itself.
      const known = kind === 'row' ? memo.get(prev) : undefined;
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(prev);
      at = prev;
    }
    memo.set(lineStart, found);
    for (const w of walked) memo.set(w, found);
    return found;
  }
}
