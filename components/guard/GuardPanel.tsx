import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { wording, type Choice, type PanelModel } from './model';

interface Props {
  model: Signal<PanelModel | null>;
  onChoice: (choice: Choice) => void;
}

/**
 * The in-page warning. It lives in a closed shadow root and ignores untrusted events, so the
 * page's own scripts can neither read it nor click it on the user's behalf.
 */
export function GuardPanel({ model, onChoice }: Props) {
  const current = model.value;
  const defaultButton = useRef<HTMLButtonElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [askReason, setAskReason] = useState(false);

  useEffect(() => {
    setReason('');
    setAskReason(false);
  }, [current?.mode, current?.trigger]);

  useEffect(() => {
    if (current && current.mode !== 'scanning') defaultButton.current?.focus();
  }, [current?.mode]);

  useEffect(() => {
    if (askReason) reasonInput.current?.focus();
  }, [askReason]);

  if (!current) return null;

  const choose = (event: Event, choice: Choice) => {
    if (!event.isTrusted) return;
    onChoice(choice);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed in our panel are ours: the site's shortcuts must not see them.
    event.stopPropagation();
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onChoice({ kind: 'cancel' });
    }
  };

  const words = wording(current.trigger);

  if (current.mode === 'scanning') {
    const percent = Math.round(current.progress * 100);
    return (
      <div class="panel" role="dialog" aria-labelledby="sa-title" onKeyDown={onKeyDown}>
        <p id="sa-title" class="title">Checking {current.sizeLabel} for sensitive data…</p>
        <div class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label="Scanning progress">
          <div class="bar" style={{ width: `${percent}%` }} />
        </div>
        <p class="hint" role="status">{percent}% — the {current.trigger} waits until the check is done.</p>
        <div class="actions">
          <button type="button" onClick={(e) => choose(e, { kind: 'cancel' })}>{words.cancel}</button>
        </div>
      </div>
    );
  }

  if (current.mode === 'notice') {
    return (
      <div class="panel" role="alertdialog" aria-labelledby="sa-title" onKeyDown={onKeyDown}>
        <p id="sa-title" class="title">{current.message}</p>
        <div class="actions">
          <button ref={defaultButton} class="primary" type="button" onClick={(e) => choose(e, { kind: 'cancel' })}>OK</button>
        </div>
      </div>
    );
  }

  const blocked = current.action === 'block';
  const offerAnyway = current.overrideAllowed;
  const total = current.groups.reduce((n, g) => n + g.count, 0);
  const submitAnyway = (event: Event) => {
    if (!event.isTrusted) return;
    if (current.requiresReason && !askReason) {
      setAskReason(true);
      return;
    }
    if (current.requiresReason && reason.trim().length < 3) return;
    onChoice({ kind: 'anyway', reason: current.requiresReason ? reason.trim() : undefined });
  };

  return (
    <div class="panel" role="alertdialog" aria-labelledby="sa-title" aria-describedby="sa-summary" onKeyDown={onKeyDown}>
      <p id="sa-title" class="title">{words.title}</p>
      <p id="sa-summary" class="summary">
        Found {total} sensitive {total === 1 ? 'value' : 'values'}. The original has not been {current.trigger === 'send' ? 'sent' : current.trigger === 'upload' ? 'uploaded' : 'pasted'}.
      </p>
      <ul class="groups">
        {current.groups.map((group) => (
          <li key={group.type} class={`cat-${group.category}`}>
            <span class="label">{group.label}</span>
            <span class="count" aria-label={`${group.count} found`}>×{group.count}</span>
            {group.examples.length > 0 && <span class="examples">{group.examples.join(', ')}</span>}
          </li>
        ))}
      </ul>
      {blocked && <p class="hint">{offerAnyway ? words.blockedWithOverride : words.blocked}</p>}
      {current.error && <p class="error" role="alert">{current.error}</p>}
      {askReason && (
        <label class="reason">
          Why is this needed? (kept on this computer as "reason given", not its text)
          <input
            ref={reasonInput}
            value={reason}
            onInput={(e) => setReason((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && e.isTrusted) {
                e.preventDefault();
                submitAnyway(e);
              }
            }}
          />
        </label>
      )}
      <div class="actions">
        <button ref={defaultButton} class="primary" type="button" onClick={(e) => choose(e, { kind: 'redacted' })}>
          {words.redacted}
        </button>
        {offerAnyway && (
          <button type="button" onClick={submitAnyway}>
            {words.anyway}
          </button>
        )}
        <button type="button" onClick={(e) => choose(e, { kind: 'cancel' })}>{words.cancel}</button>
      </div>
    </div>
  );
}
