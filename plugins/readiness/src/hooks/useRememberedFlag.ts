import { storageApiRef, useApi } from '@backstage/core-plugin-api';
import { useCallback, useEffect, useMemo, useState } from 'react';

/**
 * A yes/no setting kept in Backstage's storage API, so it survives a reload (and follows the
 * user between browsers where the app stores settings in the backend). Storage that loads
 * asynchronously reports the stored value when it arrives.
 */
export function useRememberedFlag(
  key: string,
): [boolean, (value: boolean) => void] {
  const storageApi = useApi(storageApiRef);
  const bucket = useMemo(() => storageApi.forBucket('readiness'), [storageApi]);
  const [value, setValue] = useState(
    () => bucket.snapshot<boolean>(key).value ?? false,
  );
  useEffect(() => {
    const subscription = bucket
      .observe$<boolean>(key)
      .subscribe(snapshot => setValue(snapshot.value ?? false));
    return () => subscription.unsubscribe();
  }, [bucket, key]);
  const remember = useCallback(
    (next: boolean) => {
      setValue(next);
      bucket.set(key, next);
    },
    [bucket, key],
  );
  return [value, remember];
}
