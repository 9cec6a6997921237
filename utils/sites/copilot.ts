import type { SiteAdapter } from './types';

// Sources: ../shared/notes/ai-sites.md (November 2026). Edge refuses extensions on this host;
// Chrome allows them, and discovery counts the Edge case as "used, not inspectable".
export const copilot: SiteAdapter = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  toolId: 'microsoft-copilot',
  hosts: ['copilot.microsoft.com'],
  matches: ['https://copilot.microsoft.com/*'],
  editorKind: 'textarea',
  composer: ['textarea#userInput', 'textarea[data-testid="composer-input"]'],
  composerStandIn: [],
  sendButton: ['button[data-testid="submit-button"]', 'button[aria-label="Submit message"]'],
  fileInput: ['input[type="file"]'],
  graceMs: 8000,
};
