/**
 * The contract between detectors, the scan engine, the policy and the guard. A finding names
 * where a sensitive value is; it never carries the value itself, so findings can be logged,
 * counted and sent to the background without leaking what they point at.
 */

import type { TextFacts } from './facts';
import type { KeywordScan } from './keywords';
import type { TableHeaders } from './detectors/table-header';

export type Category = 'secret' | 'pii' | 'confidential' | 'financial' | 'code';
export const CATEGORIES: readonly Category[] = ['secret', 'pii', 'confidential', 'financial', 'code'];

export type Severity = 'low' | 'medium' | 'high';

export interface Finding {
  /** Detection type id, e.g. `aws_access_key`, `email`, `iban`, `customer_list`, `source_code`. */
  type: string;
  category: Category;
  /** JavaScript string offsets (UTF-16 code units) into the scanned text; end is exclusive. */
  start: number;
  end: number;
  severity: Severity;
  /** 0..1 after context enhancement. */
  confidence: number;
  /** A non-sensitive qualifier, e.g. the language of a code block or a card brand. Never a value. */
  detail?: string;
}

/** One row of the detection-types table shown in the README and on the options page. */
export interface DetectionType {
  id: string;
  category: Category;
  severity: Severity;
  /** Human label, e.g. "AWS access key". */
  label: string;
  /** How a match is validated beyond its shape ("Luhn checksum", "mod-97", "entropy ≥ 3.5 bits"). */
  validation: string;
  /** Placeholder stem used by redaction, e.g. `AWS_KEY` → `[AWS_KEY_1]`. */
  placeholder: string;
}

/** What every detector family sees. `lower` is `text.toLowerCase()` computed once per scan. */
export interface ScanInput {
  text: string;
  lower: string;
  /** Shared facts about the text (digit runs, …), filled in by `factsOf` on first use; see facts.ts. */
  facts?: TextFacts;
  /** The shared keyword pass (every family's registered literal words), filled in by `keywordsOf`; see facts.ts. */
  keywords?: KeywordScan;
  /** Column headers of the text's tables, memoised per line, filled in by `tablesOf`; see facts.ts. */
  tables?: TableHeaders;
}

/**
 * One detector family (one file under utils/detection/detectors/). `keywords` are lower-case
 * strings of which at least one must occur in the text for `detect` to run at all: that
 * pre-filter is what keeps the common case (no secret anywhere) fast. Omit it when the family
 * has no cheap literal anchor.
 */
export interface Detector {
  family: string;
  types: DetectionType[];
  keywords?: readonly string[];
  detect(input: ScanInput): Finding[];
}

/** Extra, policy-driven matching compiled once per policy (custom patterns, dictionaries, allowlist). */
export interface ScanOptions {
  /** Detectors added by policy (custom regexes and keyword dictionaries). */
  extraDetectors?: readonly Detector[];
  /** Values (exact, case-insensitive) or patterns whose matches are never reported. */
  allow?: (value: string, finding: Finding) => boolean;
}
