export { createReadinessColumn } from './createReadinessColumn';
