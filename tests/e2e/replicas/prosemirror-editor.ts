import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

export interface ProseMirrorComposer {
  view: EditorView;
  text(): string;
  clear(): void;
}

/**
 * A ProseMirror composer like ChatGPT's and Claude's: Enter sends, Shift+Enter makes a new line,
 * paste and typing are handled by ProseMirror itself (its own paste/beforeinput handlers).
 */
export function mountProseMirror(
  place: HTMLElement,
  attributes: Record<string, string>,
  onSend: () => void,
  onChange: (text: string) => void,
): ProseMirrorComposer {
  const text = (state: EditorState) => state.doc.textBetween(0, state.doc.content.size, '\n', '\n');
  const send = () => {
    onSend();
    return true;
  };
  const state = EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({ Enter: send, 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
      keymap({ 'Shift-Enter': baseKeymap['Enter'] }),
      keymap(baseKeymap),
    ],
  });
  const view: EditorView = new EditorView(place, {
    state,
    attributes,
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      if (tr.docChanged) onChange(text(view.state));
    },
  });
  return {
    view,
    text: () => text(view.state),
    clear() {
      const { tr, doc } = view.state;
      view.dispatch(tr.delete(0, doc.content.size));
    },
  };
}
