/**
 * Turns a policy into scan options: custom patterns and dictionaries become extra detectors, the
 * allowlist becomes an `allow` predicate. Compiled once per policy object (policies are replaced,
 * never mutated).
 */
import type { Detector, Finding, ScanOptions } from '../detection/types';
import type { CustomPattern, Dictionary, Policy } from './schema';
import { compileUserRegex } from './regex-safety';

const cache = new WeakMap<Policy, ScanOptions>();

export interface PatternError {
  index: number;
  path: string;
  message: string;
}

/** Checks that each custom pattern compiles and cannot backtrack catastrophically. */
export function validateCustomPatterns(patterns: readonly CustomPattern[]): PatternError[] {
  const errors: PatternError[] = [];
  patterns.forEach((p, index) => {
    try {
      compileUserRegex(p.pattern, p.flags ?? '');
    } catch (error) {
      errors.push({ index, path: `customPatterns[${index}].pattern`, message: error instanceof Error ? error.message : String(error) });
    }
  });
  return errors;
}

function patternDetector(p: CustomPattern): Detector | null {
  let regex: RegExp;
  try {
    regex = compileUserRegex(p.pattern, p.flags ?? '');
  } catch {
    return null;
  }
  return {
    family: `custom:${p.id}`,
    types: [{ id: p.id, category: p.category, severity: p.severity, label: p.label, validation: 'custom pattern (policy)', placeholder: p.id.toUpperCase() }],
    detect({ text }) {
      const out: Finding[] = [];
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      let guard = 0;
      while ((m = regex.exec(text)) !== null && guard++ < 10_000) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        out.push({ type: p.id, category: p.category, start: m.index, end: m.index + m[0].length, severity: p.severity, confidence: 0.9 });
      }
      return out;
    },
  };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function dictionaryDetector(d: Dictionary): Detector | null {
  const terms = [...new Set(d.terms.map((t) => t.toLowerCase().trim()).filter((t) => t.length >= 2))];
  if (terms.length === 0) return null;
  const ascii = terms.filter((t) => /^[\x00-\x7f]+$/.test(t));
  return {
    family: `dictionary:${d.id}`,
    types: [{ id: d.id, category: d.category, severity: 'medium', label: d.label, validation: 'dictionary term, whole word (policy)', placeholder: d.id.toUpperCase() }],
    // Only ASCII terms can gate through the keyword automaton; others make the family always run.
    keywords: ascii.length === terms.length ? ascii : undefined,
    detect({ lower }) {
      const out: Finding[] = [];
      for (const term of terms) {
        let i = lower.indexOf(term);
        while (i !== -1) {
          const before = lower[i - 1];
          const after = lower[i + term.length];
          if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) {
            out.push({ type: d.id, category: d.category, start: i, end: i + term.length, severity: 'medium', confidence: 0.9 });
          }
          i = lower.indexOf(term, i + term.length);
        }
      }
      return out;
    },
  };
}

function allowPredicate(policy: Policy): ScanOptions['allow'] {
  const values = new Set(policy.allowlist.map((v) => v.toLowerCase()));
  const patterns: RegExp[] = [];
  for (const source of policy.allowlistPatterns) {
    try {
      const re = compileUserRegex(source, 'i');
      patterns.push(new RegExp(`^(?:${re.source})$`, 'iu'));
    } catch {
      // Invalid allowlist patterns are reported by mergePolicy; here they are skipped.
    }
  }
  if (values.size === 0 && patterns.length === 0) return undefined;
  return (value: string) => values.has(value.toLowerCase()) || patterns.some((re) => re.test(value));
}

export function compilePolicy(policy: Policy): ScanOptions {
  const cached = cache.get(policy);
  if (cached) return cached;
  const extraDetectors = [
    ...policy.customPatterns.map(patternDetector),
    ...policy.dictionaries.map(dictionaryDetector),
  ].filter((d): d is Detector => d !== null);
  const options: ScanOptions = { extraDetectors, allow: allowPredicate(policy) };
  cache.set(policy, options);
  return options;
}
