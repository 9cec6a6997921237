import type { LostWrites } from '../../utils/records/losses';
import { STORAGE_KEYS } from './storage-keys';
import { useStorageValue } from './storage-hooks';

export function LostWritesWarning() {
  const lost = useStorageValue<LostWrites | undefined>(STORAGE_KEYS.lostWrites, undefined);
  if (!lost || lost.count <= 0) return null;
  return (
    <p class="notice tone-bad" role="alert" data-testid="lost-writes">
      {lost.count === 1 ? '1 record' : `${lost.count} records`} could not be saved (browser storage refused the write). Counts shown here may be
      incomplete.
    </p>
  );
}
