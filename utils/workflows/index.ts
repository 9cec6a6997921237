export { anonymizePrompt, skeletonTokens, MAX_SKELETON_CHARS, type AnonymizedPrompt } from './anonymize';
export { WorkflowIndex, type PromptRecord, type Workflow, type WorkflowIndexOptions } from './index-store';
export { extractTemplate } from './template';
