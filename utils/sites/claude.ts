import type { SiteAdapter } from './types';

// Sources: ../shared/notes/ai-sites.md (November 2026). tiptap on top of ProseMirror.
export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  toolId: 'claude',
  hosts: ['claude.ai'],
  matches: ['https://claude.ai/*'],
  editorKind: 'prosemirror',
  composer: [
    '[aria-label="Write your prompt to Claude"] div.ProseMirror[contenteditable="true"]',
    'div.ProseMirror[contenteditable="true"][data-testid="chat-input"]',
    '[data-testid="chat-input"][contenteditable="true"]',
    'div.ProseMirror[contenteditable="true"]',
  ],
  composerStandIn: ['fieldset[data-testid="prompt-input-ssr-inert"]'],
  sendButton: ['button[aria-label="Send message"]', 'button[data-testid="chat-input-send"]'],
  fileInput: ['fieldset input[type="file"]', 'input[type="file"]'],
  graceMs: 8000,
};
