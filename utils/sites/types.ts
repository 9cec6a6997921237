/** The four products we inspect. Other AI tools are only counted (see utils/discovery). */
export type SiteId = 'chatgpt' | 'claude' | 'copilot' | 'm365';

export type EditorKind = 'prosemirror' | 'lexical' | 'textarea';

/**
 * What a content script needs to know about one product's page.
 * Every selector list is ordered: the first entry is what the site used when last checked,
 * later entries are older or alternative layouts. Keeping them as data (not code branches)
 * means a site redesign is a one-line change here.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Product name as shown to the user. */
  name: string;
  /** The same product's id in the AI tools catalog (utils/discovery), which reports speak in. */
  toolId: string;
  hosts: readonly string[];
  /** Manifest match patterns for the content script. */
  matches: readonly string[];
  editorKind: EditorKind;
  composer: readonly string[];
  /** Pre-hydration stand-ins: present means "page is loading", not "layout changed". */
  composerStandIn: readonly string[];
  sendButton: readonly string[];
  fileInput: readonly string[];
  /** How long after the page starts the composer may take to appear before we call coverage degraded. */
  graceMs: number;
}
