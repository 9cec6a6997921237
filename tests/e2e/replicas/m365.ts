import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
import { appendToTranscript, installHook, makeSendButton, PendingFiles, post, uuid, variant } from './common';

// Microsoft 365 Copilot chat: a Lexical plain-text editor. The real site speaks SignalR over a
// WebSocket to substrate.office.com/m365Copilot/Chathub; the replica POSTs the same record
// (JSON + 0x1E separator) to /m365Copilot/Chathub.
const RECORD_SEPARATOR = '\u001e';

document.title = 'Microsoft 365 Copilot';
const main = document.createElement('main');
main.innerHTML = '<h1 class="replica-title">Microsoft 365 Copilot replica</h1>';
document.body.append(main);

if (variant() === 'no-composer') {
  const note = document.createElement('p');
  note.textContent = 'Loading Copilot Chat…';
  main.append(note);
} else {
  const form = document.createElement('form');
  form.className = 'composer-box';
  form.innerHTML =
    '<span role="textbox" contenteditable="true" id="m365-chat-editor-target-element" aria-label="Message Copilot" class="lexical-editor"></span>' +
    '<input type="file" multiple hidden>' +
    '<div class="composer-actions"><button type="button" aria-label="Add content" class="add-files">+</button></div>';
  main.append(form);
  const root = form.querySelector<HTMLElement>('#m365-chat-editor-target-element')!;
  const fileInput = form.querySelector<HTMLInputElement>('input[type=file]')!;
  form.querySelector('.add-files')!.addEventListener('click', () => fileInput.click());
  const pending = new PendingFiles(form);
  pending.watch(form, fileInput);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });

  const sendButton = makeSendButton({ type: 'submit', class: 'fai-SendButton', 'aria-label': 'Send' }, { type: 'button', class: 'fai-GoButton', 'aria-label': 'Go' }, 'Send');
  form.querySelector('.composer-actions')!.append(sendButton);
  if (sendButton.type !== 'submit') sendButton.addEventListener('click', () => void send());

  const editor = createEditor({
    namespace: 'm365-replica',
    onError: (error) => console.error(error),
  });
  editor.setRootElement(root);
  const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
  mergeRegister(
    registerPlainText(editor),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) return false;
        event?.preventDefault();
        void send();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );

  let sentCount = 0;
  async function send(): Promise<void> {
    const message = text();
    if (!message.trim()) return;
    editor.update(() => {
      $getRoot().clear().append($createParagraphNode());
    });
    const files = await pending.take();
    const record = {
      arguments: [
        {
          source: 'officeweb',
          message: { text: message, author: 'user', inputMethod: 'Keyboard', messageType: 'Chat', requestId: uuid() },
          ...(files.length ? { attachments: files.map((f) => ({ fileName: f.name, size: f.size, text: f.text ?? null })) } : {}),
        },
      ],
      invocationId: String(sentCount),
      target: 'chat',
      type: 4,
    };
    sentCount++;
    appendToTranscript(message, files);
    await post('/m365Copilot/Chathub', JSON.stringify(record) + RECORD_SEPARATOR, 'text/plain;charset=UTF-8');
  }

  installHook({ site: 'm365', text, pendingFiles: () => pending.names(), sent: () => sentCount });
}
