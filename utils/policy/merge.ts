/**
 * Layers raw policy JSON (defaults < managed < personal) field by field. An invalid field is
 * reported with its path and ignored, so one typo in a managed policy never throws away the rest
 * of it, and the previous valid value (ultimately the default) stays in force.
 */
import { PolicySchema, type Policy } from './schema';
import { defaultPolicy } from './defaults';
import { validateCustomPatterns } from './compile';
import { compileUserRegex } from './regex-safety';

export interface MergeError {
  source: number;
  path: string;
  message: string;
}

type Shape = Record<string, { safeParse(v: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }>;

const FIELDS = PolicySchema.shape as unknown as Shape;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function formatPath(field: string, path: PropertyKey[]): string {
  let out = field;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

/** Nested objects (categoryActions, sites, …) merge key by key so a layer may set just one entry. */
function mergeValue(previous: unknown, incoming: unknown): unknown {
  if (isPlainObject(previous) && isPlainObject(incoming)) return { ...previous, ...incoming };
  return incoming;
}

export function mergePolicy(layers: unknown[]): { policy: Policy; errors: MergeError[] } {
  const errors: MergeError[] = [];
  const current: Record<string, unknown> = { ...defaultPolicy() };
  layers.forEach((layer, source) => {
    if (layer === undefined || layer === null) return;
    if (!isPlainObject(layer)) {
      errors.push({ source, path: '', message: 'policy must be a JSON object' });
      return;
    }
    for (const [field, raw] of Object.entries(layer)) {
      const schema = FIELDS[field];
      if (!schema) {
        errors.push({ source, path: field, message: 'unknown policy field (ignored)' });
        continue;
      }
      const candidate = mergeValue(current[field], raw);
      const parsed = schema.safeParse(candidate);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) errors.push({ source, path: formatPath(field, issue.path), message: issue.message });
        continue;
      }
      if (field === 'customPatterns') {
        const patternErrors = validateCustomPatterns(parsed.data as Policy['customPatterns']);
        if (patternErrors.length > 0) {
          for (const e of patternErrors) errors.push({ source, path: e.path, message: e.message });
          // The valid patterns of this layer still apply.
          const bad = new Set(patternErrors.map((e) => e.index));
          current[field] = (parsed.data as Policy['customPatterns']).filter((_, i) => !bad.has(i));
          continue;
        }
      }
      if (field === 'allowlistPatterns') {
        const list = parsed.data as string[];
        const good: string[] = [];
        list.forEach((p, i) => {
          try {
            compileUserRegex(p, 'i');
            good.push(p);
          } catch (error) {
            errors.push({ source, path: `allowlistPatterns[${i}]`, message: error instanceof Error ? error.message : String(error) });
          }
        });
        current[field] = good;
        continue;
      }
      current[field] = parsed.data;
    }
  });
  // Every field was validated on its own; the whole is re-parsed to fill defaults and freeze the shape.
  const whole = PolicySchema.safeParse(current);
  if (!whole.success) {
    for (const issue of whole.error.issues) errors.push({ source: -1, path: formatPath('', issue.path).replace(/^\./, ''), message: issue.message });
    return { policy: defaultPolicy(), errors };
  }
  return { policy: whole.data, errors };
}
