import type { ReceivedPost, ReplicaSite, Sites } from './server';

/** The endpoint each replica sends a chat message to (file uploads go elsewhere). */
export const MESSAGE_PATH: Record<ReplicaSite, RegExp> = {
  chatgpt: /^\/backend-api\/f\/conversation$/,
  claude: /^\/api\/organizations\/[^/]+\/chat_conversations\/[^/]+\/completion$/,
  copilot: /^\/c\/api\/chat(\?|$)/,
  m365: /^\/m365Copilot\/Chathub$/,
};

export interface SentAttachment {
  name: string;
  size?: number;
  /** Text content the site would have received (text-like files only). */
  text: string | null;
}

export interface SentMessage {
  site: ReplicaSite;
  host: string;
  /** The prompt text as the site's request carries it. */
  text: string;
  attachments: SentAttachment[];
  post: ReceivedPost;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Reads the prompt and attachments out of each site's real request shape. */
const READERS: Record<ReplicaSite, (body: Json) => { text: string; attachments: SentAttachment[] }> = {
  chatgpt: (b) => ({
    text: (b.messages?.[0]?.content?.parts ?? []).join('\n'),
    attachments: (b.messages?.[0]?.metadata?.attachments ?? []).map((a: Json) => ({ name: a.name, size: a.size, text: a.extracted_text ?? null })),
  }),
  claude: (b) => ({
    text: b.prompt ?? '',
    attachments: (b.attachments ?? []).map((a: Json) => ({ name: a.file_name, size: a.file_size, text: a.extracted_content || null })),
  }),
  copilot: (b) => ({
    text: (b.content ?? []).filter((c: Json) => c.type === 'text').map((c: Json) => c.text).join(''),
    attachments: (b.content ?? []).filter((c: Json) => c.type === 'file').map((c: Json) => ({ name: c.fileName, size: c.size, text: c.text ?? null })),
  }),
  m365: (b) => ({
    text: b.arguments?.[0]?.message?.text ?? '',
    attachments: (b.arguments?.[0]?.attachments ?? []).map((a: Json) => ({ name: a.fileName, size: a.size, text: a.text ?? null })),
  }),
};

/** Chat messages the replicas received, oldest first, decoded from their site-specific shapes. */
export function sentMessages(sites: Sites, site?: ReplicaSite): SentMessage[] {
  return sites
    .received(site)
    .filter((post) => MESSAGE_PATH[post.site].test(post.path))
    .map((post) => ({ site: post.site, host: post.host, ...READERS[post.site]((post.body ?? {}) as Json), post }));
}

/** Polls until `count` messages arrived at `site` (sending is asynchronous in the page). */
export async function waitForMessages(sites: Sites, site: ReplicaSite, count: number, timeoutMs = 5_000): Promise<SentMessage[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = sentMessages(sites, site);
    if (messages.length >= count || Date.now() > deadline) return messages;
    await new Promise((r) => setTimeout(r, 50));
  }
}
