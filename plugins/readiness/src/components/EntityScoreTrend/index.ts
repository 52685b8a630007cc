export { EntityScoreTrend } from './EntityScoreTrend';
