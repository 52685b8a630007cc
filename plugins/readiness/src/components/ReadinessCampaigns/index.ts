export { ReadinessCampaignsContent } from './ReadinessCampaignsContent';
