import type { SiteAdapter } from './types';

// Sources: ../shared/notes/ai-sites.md (November 2026). Lexical editor; button labels are
// localized, so selectors avoid text and aria-label. Edge 150+ blocks extensions on *.cloud.microsoft.
export const m365: SiteAdapter = {
  id: 'm365',
  name: 'Microsoft 365 Copilot',
  toolId: 'm365-copilot',
  hosts: ['m365.cloud.microsoft', 'copilot.cloud.microsoft'],
  matches: ['https://m365.cloud.microsoft/*', 'https://copilot.cloud.microsoft/*'],
  editorKind: 'lexical',
  composer: [
    'span#m365-chat-editor-target-element[contenteditable="true"]',
    'span[role="textbox"][data-lexical-editor="true"][contenteditable="true"]',
    '[data-lexical-editor="true"][contenteditable="true"]',
    'span[role="textbox"][contenteditable="true"]',
  ],
  composerStandIn: [],
  sendButton: ['button.fai-SendButton', 'button[type="submit"]'],
  fileInput: ['input[type="file"]'],
  graceMs: 8000,
};
