export {
  ReadinessReviewPage,
  ReadinessReviewContent,
} from './ReadinessReviewPage';
