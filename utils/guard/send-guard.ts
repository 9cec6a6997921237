import { closestMatch, locate } from '../sites/locate';
import { readComposer, selectAll, insertVerified, restoreSelection } from './composer';
import { stopEvent, type GuardContext } from './context';
import type { Choice } from '../../components/guard/model';
import { askAbout, assessWithProgress, outcomeOf, reportDecision, tell, whenGuardFails } from './decision';
import { isOwn, markOwn, withOwnEvents } from './own-events';
import { SYNC_SCAN_LIMIT, type Assessment } from './assess';
import { liveComposer } from './paste-guard';

const SENT_CHECK_MS = 2500;

/**
 * Checks typed text when the user sends (Enter in the composer or a click on the send button).
 * A held message is never lost: after the choice it is sent by us, or stays in the composer
 * on Cancel, and if we cannot send it the user is told so.
 */
export function installSendGuard(ctx: GuardContext): () => void {
  let holding = false;
  // Only the latest harmless send may be recorded: two Enters on one message are one run.
  let sendGeneration = 0;

  /** Runs the flow for a held message; further Enters are held too until it ends, whatever way it ends. */
  const hold = (composer: HTMLElement, flow: () => Promise<void>) => {
    holding = true;
    void flow()
      .catch(whenGuardFails(ctx, 'send', composer, 'The check of this message failed, so it was not sent. It is still in the box.'))
      .finally(() => (holding = false));
  };

  const consider = (event: Event, composer: HTMLElement) => {
    const text = readComposer(composer);
    if (text.trim() === '') return;
    if (holding) {
      // A second Enter while we wait for the user must not send the unchecked text.
      stopEvent(event);
      return;
    }
    if (text.length > SYNC_SCAN_LIMIT) {
      stopEvent(event);
      hold(composer, () => holdLarge(ctx, composer, text));
      return;
    }
    const assessment = ctx.assessor.now(text);
    if (assessment.action === 'allow') {
      reportDecision(ctx, 'send', assessment, 'allowed');
      // Recorded once the site has taken the message (an Enter it ignores, e.g. while a reply is
      // still streaming, must not count as a run), and off the keydown's critical path.
      const generation = ++sendGeneration;
      void taken(composer, ctx, text).then((ok) => {
        if (ok && generation === sendGeneration) ctx.recordPrompt(text);
      });
      return;
    }
    stopEvent(event);
    hold(composer, () => resolveSend(ctx, composer, text, assessment));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isOwn(event) || !event.isTrusted || !ctx.enabled()) return;
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    const composer = closestMatch(event.target, ctx.site.composer);
    if (composer) consider(event, composer);
  };

  const onClick = (event: MouseEvent) => {
    if (isOwn(event) || !event.isTrusted || !ctx.enabled()) return;
    if (!closestMatch(event.target, ctx.site.sendButton)) return;
    const composer = locate(ctx.site.composer)?.element;
    if (composer) consider(event, composer);
  };

  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('click', onClick, true);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('click', onClick, true);
  };
}

async function holdLarge(ctx: GuardContext, composer: HTMLElement, text: string): Promise<void> {
  const scan = await assessWithProgress(ctx, 'send', text, composer);
  if (scan.kind !== 'done') {
    if (!scan.scanning.isCurrent()) return;
    scan.scanning.close();
    // A check that failed holds the message rather than sending unchecked text; it stays in the box.
    if (scan.kind === 'failed') await tell(ctx, 'send', liveComposer(ctx, composer), 'The check of this message failed, so it was not sent. It is still in the message box.');
    else liveComposer(ctx, composer).focus();
    return;
  }
  if (scan.assessment.action === 'allow') {
    if (!scan.scanning.isCurrent()) return;
    scan.scanning.close();
    reportDecision(ctx, 'send', scan.assessment, 'allowed');
    await sendNow(ctx, composer, text);
    return;
  }
  await resolveSend(ctx, composer, text, scan.assessment);
}

async function resolveSend(ctx: GuardContext, composer: HTMLElement, text: string, assessment: Assessment): Promise<void> {
  let choice: Choice = { kind: 'redacted' };
  let replaced = false;
  if (assessment.action !== 'redact') {
    const question = askAbout(ctx, 'send', text, assessment, liveComposer(ctx, composer));
    choice = await question.choice;
    replaced = !question.isCurrent();
    question.close();
  }
  const target = liveComposer(ctx, composer);
  if (choice.kind === 'cancel') {
    reportDecision(ctx, 'send', assessment, 'cancelled');
    // The message stays in the composer; the focus goes back to it unless a newer question has it.
    if (!replaced) restoreSelection(target, { kind: 'none' });
    return;
  }
  let finalText = text;
  if (choice.kind === 'redacted') {
    finalText = ctx.assessor.redacted(text, assessment.findings);
    const replacedText = await insertVerified(target, finalText, ctx.site.editorKind, markOwn, () => selectAll(target));
    if (!replacedText || readComposer(target).trim() !== finalText.trim()) {
      await tell(ctx, 'send', target, 'The message could not be replaced by its redacted version, so it was not sent. It is still in the message box.');
      target.focus();
      return;
    }
  } else {
    ctx.assessor.acknowledge(text, assessment.findings);
  }
  reportDecision(ctx, 'send', assessment, outcomeOf(choice), choice.kind === 'anyway' ? Boolean(choice.reason) : undefined);
  await sendNow(ctx, target, finalText);
}

/** Sends what is in the composer: the site's button if we can find it, else an Enter of our own. */
async function sendNow(ctx: GuardContext, composer: HTMLElement, text: string): Promise<void> {
  // Let the editor commit its state (React/Lexical update on a later tick) before sending.
  await delay(50);
  const target = liveComposer(ctx, composer);
  const button = locate<HTMLButtonElement>(ctx.site.sendButton)?.element;
  if (button && !button.disabled) {
    withOwnEvents(() => button.click());
  } else {
    ctx.coverage.reportProblem('send-button-missing');
    target.focus();
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit;
    target.dispatchEvent(markOwn(new KeyboardEvent('keydown', init)));
    target.dispatchEvent(markOwn(new KeyboardEvent('keyup', init)));
  }
  if (await sent(target, ctx, text)) {
    ctx.recordPrompt(text);
    return;
  }
  await tell(ctx, 'send', target, 'Your message was checked but could not be sent automatically. It is still in the message box: press the send button to send it.');
  target.focus();
}

/** The box no longer holds the text we sent: the site took it. */
function sent(composer: HTMLElement, ctx: GuardContext, text: string): Promise<boolean> {
  const wanted = text.trim();
  return boxChanges(ctx, composer, (box) => box !== wanted);
}

/**
 * The site took the message: the box emptied or kept only a small remainder. Text typed after an
 * Enter the site ignored changes the box too, and must not count as a send.
 */
function taken(composer: HTMLElement, ctx: GuardContext, text: string): Promise<boolean> {
  const wanted = text.trim().length;
  return boxChanges(ctx, composer, (box) => box.length < wanted / 2);
}

/** Polls the live composer's trimmed text until `done` holds (true), or SENT_CHECK_MS pass (false). */
async function boxChanges(ctx: GuardContext, composer: HTMLElement, done: (box: string) => boolean): Promise<boolean> {
  const deadline = Date.now() + SENT_CHECK_MS;
  while (Date.now() < deadline) {
    if (done(readComposer(liveComposer(ctx, composer)).trim())) return true;
    await delay(50);
  }
  return false;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
