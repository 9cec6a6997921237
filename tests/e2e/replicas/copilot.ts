import { appendToTranscript, installHook, makeSendButton, PendingFiles, post, uuid, variant } from './common';

// Microsoft Copilot (consumer): a plain textarea. The real site sends over a WebSocket
// (wss://copilot.microsoft.com/c/api/chat?api-version=2); the replica POSTs the same frame JSON
// to /c/api/chat so the server can record it without a WebSocket implementation.
document.title = 'Microsoft Copilot';
const main = document.createElement('main');
main.innerHTML = '<h1 class="replica-title">Copilot replica</h1>';
document.body.append(main);

if (variant() === 'no-composer') {
  const note = document.createElement('p');
  note.textContent = 'Copilot is loading…';
  main.append(note);
} else {
  const box = document.createElement('div');
  box.className = 'composer-box';
  box.innerHTML =
    '<textarea id="userInput" data-testid="composer-input" placeholder="Message Copilot" rows="3"></textarea>' +
    '<input type="file" multiple hidden>' +
    '<div class="composer-actions"><button type="button" aria-label="Upload" class="add-files">+</button></div>';
  main.append(box);
  const textarea = box.querySelector<HTMLTextAreaElement>('#userInput')!;
  const fileInput = box.querySelector<HTMLInputElement>('input[type=file]')!;
  box.querySelector('.add-files')!.addEventListener('click', () => fileInput.click());
  const pending = new PendingFiles(box);
  pending.watch(box, fileInput);

  let sentCount = 0;
  const conversationId = uuid();
  const sendButton = makeSendButton(
    { 'data-testid': 'submit-button', 'aria-label': 'Submit message' },
    { 'data-testid': 'composer-go', 'aria-label': 'Go' },
    'Send',
  );
  sendButton.addEventListener('click', () => void send());
  box.querySelector('.composer-actions')!.append(sendButton);

  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void send();
    }
  });

  async function send(): Promise<void> {
    const text = textarea.value;
    if (!text.trim()) return;
    textarea.value = '';
    const files = await pending.take();
    const frame = {
      event: 'send',
      conversationId,
      content: [
        { type: 'text', text },
        // Not the real shape for uploads (the site uploads images first); here so tests can see file content.
        ...files.map((f) => ({ type: 'file', fileName: f.name, size: f.size, text: f.text ?? null })),
      ],
      mode: 'smart',
      context: {},
    };
    sentCount++;
    appendToTranscript(text, files);
    await post('/c/api/chat?api-version=2', JSON.stringify(frame));
  }

  installHook({ site: 'copilot', text: () => textarea.value, pendingFiles: () => pending.names(), sent: () => sentCount });
}
