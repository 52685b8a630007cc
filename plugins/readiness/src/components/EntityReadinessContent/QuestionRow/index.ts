export { QuestionRow } from './QuestionRow';
