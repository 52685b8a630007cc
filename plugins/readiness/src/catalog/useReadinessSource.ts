import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../api/ReadinessApi';
import { ReadinessSource } from './entityReadiness';
import {
  catalogHasReadinessLabels,
  checklists,
  scoreIndex,
} from './catalogData';

/**
 * Decides where the catalog page reads readiness from: the catalog module's labels when the
 * catalog has them (no request to the readiness backend per entity or page), otherwise all
 * stored scores in one request. Also loads the levels, for their titles.
 */
export function useReadinessSource() {
  const readinessApi = useApi(readinessApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const [config, labels] = await Promise.all([
      checklists.get(readinessApi),
      catalogHasReadinessLabels.get(catalogApi),
    ]);
    const source: ReadinessSource = labels
      ? { mode: 'labels' }
      : {
          mode: 'scores',
          scores: await scoreIndex.get(readinessApi),
          targets: config.items.map(c => c.appliesTo),
        };
    return { source, levels: config.levels };
  }, [readinessApi, catalogApi]);
}
