/** Problems with stored (imported or enterprise) profiles, e.g. after an update changed the format. */
import { useEffect, useState } from 'react';
import { profileSet } from '../../lib/config/profile-set';
import { builtInKnowledge } from '../../lib/knowledge';
import type { ScreenProfile } from '../../lib/screen/profile-schema';
import { IMPORTED_PROFILES_KEY } from '../../lib/storage-keys';
import { knownPolicy } from '../managed-values';
import { useStorageValue } from './use-storage-value';

export function useProfileProblems(): string[] {
  const [imported] = useStorageValue<ScreenProfile[]>(IMPORTED_PROFILES_KEY, []);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    void knownPolicy().then((managed) => {
      if (alive) setProblems(profileSet(builtInKnowledge().profiles, imported, managed.profiles).problems);
    });
    return () => {
      alive = false;
    };
  }, [imported]);
  return problems;
}
