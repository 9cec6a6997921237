/** The detection-types table (id, category, default severity, validation) shown in the README and options page. */
import type { DetectionType } from './types';
import { DETECTORS } from './detectors/registry';

function collect(): DetectionType[] {
  const byId = new Map<string, DetectionType>();
  for (const detector of DETECTORS) for (const t of detector.types) if (!byId.has(t.id)) byId.set(t.id, t);
  return [...byId.values()];
}

export const DETECTION_TYPES: DetectionType[] = collect();

const BY_ID = new Map(DETECTION_TYPES.map((t) => [t.id, t]));

export function detectionType(id: string): DetectionType | undefined {
  return BY_ID.get(id);
}

/** Placeholder stem for a type id, also for policy-defined types the table does not list. */
export function placeholderStem(id: string): string {
  return BY_ID.get(id)?.placeholder ?? id.toUpperCase().replace(/[^A-Z0-9]+/g, '_').slice(0, 24);
}
