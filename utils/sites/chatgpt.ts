import type { SiteAdapter } from './types';

// Sources: ../shared/notes/ai-sites.md (November 2026). The composer became ProseMirror in Sept 2024.
export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  toolId: 'chatgpt',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  editorKind: 'prosemirror',
  composer: ['#prompt-textarea[contenteditable="true"]', 'div.ProseMirror[contenteditable="true"]', 'textarea#prompt-textarea'],
  composerStandIn: ['textarea[name="prompt-textarea"]', 'form[data-type="unified-composer"] textarea'],
  sendButton: ['button#composer-submit-button', 'button[data-testid="send-button"]', 'form button[type="submit"]'],
  fileInput: ['form input[type="file"]', 'input[type="file"][multiple]', 'input[type="file"]'],
  graceMs: 8000,
};
