export { ReadinessPicker } from './ReadinessPicker';
export type { ReadinessEntityFilters } from './ReadinessPicker';
