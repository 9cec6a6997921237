import { appendToTranscript, installHook, makeSendButton, PendingFiles, post, uuid, variant } from './common';
import { mountProseMirror, type ProseMirrorComposer } from './prosemirror-editor';

// Claude: an inert server-rendered fieldset, replaced by the tiptap/ProseMirror editor after hydration.
const HYDRATION_MS = 600;
const ORG = '3f6c1a52-0000-4000-8000-00000000c1a0';
const CONVERSATION = '9b1e7d20-0000-4000-8000-0000000c0c0a';

document.title = 'Claude';
const main = document.createElement('main');
main.innerHTML = '<h1 class="replica-title">Claude replica</h1>';
document.body.append(main);

if (variant() === 'no-composer') {
  const note = document.createElement('p');
  note.textContent = 'Claude will return soon.';
  main.append(note);
} else {
  const box = document.createElement('div');
  box.className = 'composer-box';
  box.innerHTML =
    '<fieldset data-testid="prompt-input-ssr-inert"><div class="stand-in">How can I help you today?</div></fieldset>' +
    '<input type="file" multiple hidden data-testid="file-upload">' +
    '<div class="composer-actions"><button type="button" aria-label="Add files" class="add-files">+</button></div>';
  main.append(box);
  const fileInput = box.querySelector<HTMLInputElement>('input[type=file]')!;
  const actions = box.querySelector<HTMLElement>('.composer-actions')!;
  box.querySelector('.add-files')!.addEventListener('click', () => fileInput.click());
  const pending = new PendingFiles(box);
  pending.watch(box, fileInput);

  let sentCount = 0;
  let composer: ProseMirrorComposer | undefined;
  const sendButton = makeSendButton(
    { 'aria-label': 'Send message', 'data-testid': 'chat-input-send' },
    { 'aria-label': 'Submit', 'data-testid': 'composer-go' },
    'Send',
  );
  sendButton.disabled = true;
  sendButton.addEventListener('click', () => void send());
  actions.append(sendButton);

  async function send(): Promise<void> {
    if (!composer) return;
    const text = composer.text();
    if (!text.trim()) return;
    composer.clear();
    const files = await pending.take();
    const body = {
      prompt: text,
      parent_message_uuid: '00000000-0000-4000-8000-000000000000',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      personalized_styles: [],
      locale: 'en-US',
      tools: [],
      attachments: files.map((f) => ({ file_name: f.name, file_size: f.size, file_type: f.type, extracted_content: f.text ?? '' })),
      files: [],
      sync_sources: [],
      rendering_mode: 'messages',
      turn_message_uuids: { human_message_uuid: uuid(), assistant_message_uuid: uuid() },
    };
    sentCount++;
    appendToTranscript(text, files);
    await post(`/api/organizations/${ORG}/chat_conversations/${CONVERSATION}/completion`, JSON.stringify(body));
  }

  installHook({ site: 'claude', text: () => composer?.text() ?? '', pendingFiles: () => pending.names(), sent: () => sentCount });

  setTimeout(() => {
    const labelled = document.createElement('div');
    labelled.setAttribute('aria-label', 'Write your prompt to Claude');
    box.querySelector('fieldset')!.replaceWith(labelled);
    composer = mountProseMirror(
      labelled,
      { class: 'ProseMirror', 'data-testid': 'chat-input', role: 'textbox', 'aria-multiline': 'true' },
      () => void send(),
      (text) => (sendButton.disabled = !text.trim()),
    );
  }, HYDRATION_MS);
}
