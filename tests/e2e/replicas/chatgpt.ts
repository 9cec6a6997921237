import { appendToTranscript, installHook, makeSendButton, PendingFiles, post, uuid, variant } from './common';
import { mountProseMirror, type ProseMirrorComposer } from './prosemirror-editor';

// ChatGPT: a server-rendered textarea stand-in, replaced by the ProseMirror editor after hydration.
const HYDRATION_MS = 600;

document.title = 'ChatGPT';
const main = document.createElement('main');
main.innerHTML = '<h1 class="replica-title">ChatGPT replica</h1>';
document.body.append(main);

if (variant() === 'no-composer') {
  const note = document.createElement('p');
  note.textContent = 'Something went wrong while loading the composer.';
  main.append(note);
} else {
  const form = document.createElement('form');
  form.dataset.type = 'unified-composer';
  form.innerHTML =
    '<input type="file" multiple hidden tabindex="-1">' +
    '<div class="composer-slot"><textarea name="prompt-textarea" placeholder="Ask anything" class="stand-in"></textarea></div>' +
    '<div class="composer-actions"><button type="button" data-testid="composer-plus-btn" aria-label="Add files">+</button></div>';
  main.append(form);
  const fileInput = form.querySelector<HTMLInputElement>('input[type=file]')!;
  const slot = form.querySelector<HTMLElement>('.composer-slot')!;
  const actions = form.querySelector<HTMLElement>('.composer-actions')!;
  form.querySelector('[data-testid="composer-plus-btn"]')!.addEventListener('click', () => fileInput.click());
  const pending = new PendingFiles(form);
  pending.watch(form, fileInput);
  form.addEventListener('submit', (event) => event.preventDefault());

  let sentCount = 0;
  let composer: ProseMirrorComposer | undefined;
  const sendButton = makeSendButton(
    { id: 'composer-submit-button', 'data-testid': 'send-button', 'aria-label': 'Send prompt', type: 'submit' },
    { id: 'composer-go', 'data-testid': 'go-button', 'aria-label': 'Go', type: 'button' },
    'Send',
  );
  sendButton.addEventListener('click', (event) => {
    event.preventDefault();
    void send();
  });
  // Like the real site, the send button exists only while there is something to send.
  const showSend = (text: string) => {
    if (text.trim() && !sendButton.isConnected) actions.append(sendButton);
    else if (!text.trim() && sendButton.isConnected) sendButton.remove();
  };

  async function send(): Promise<void> {
    if (!composer) return;
    const text = composer.text();
    if (!text.trim()) return;
    composer.clear();
    const files = await pending.take();
    const attachments = [];
    for (const file of files) {
      const id = `file-${uuid()}`;
      // The real site first registers the file at /backend-api/files, then PUTs the bytes to blob storage.
      await post('/backend-api/files', JSON.stringify({ file_id: id, file_name: file.name, file_size: file.size, use_case: 'my_files', content: file.text ?? null }));
      attachments.push({ id, name: file.name, size: file.size, mime_type: file.type, extracted_text: file.text ?? null });
    }
    const body = {
      action: 'next',
      messages: [
        {
          id: uuid(),
          author: { role: 'user' },
          create_time: Date.now() / 1000,
          content: { content_type: 'text', parts: [text] },
          metadata: attachments.length ? { attachments } : {},
        },
      ],
      parent_message_id: 'client-created-root',
      model: 'auto',
      timezone_offset_min: new Date().getTimezoneOffset(),
      conversation_mode: { kind: 'primary_assistant' },
      supports_buffering: true,
    };
    sentCount++;
    appendToTranscript(text, files);
    await post('/backend-api/f/conversation', JSON.stringify(body));
  }

  installHook({
    site: 'chatgpt',
    text: () => composer?.text() ?? slot.querySelector('textarea')?.value ?? '',
    pendingFiles: () => pending.names(),
    sent: () => sentCount,
  });

  setTimeout(() => {
    slot.replaceChildren();
    composer = mountProseMirror(
      slot,
      { id: 'prompt-textarea', class: 'ProseMirror', 'aria-label': 'Message ChatGPT', 'data-virtualkeyboard': 'true' },
      () => void send(),
      showSend,
    );
  }, HYDRATION_MS);
}
