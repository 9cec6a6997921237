import { locate, closestMatch } from '../sites/locate';
import { composerContains, insertVerified, restoreSelection, saveSelection, type SavedSelection } from './composer';
import { stopEvent, type GuardContext } from './context';
import { askAbout, assessWithProgress, outcomeOf, reportDecision, tell, whenGuardFails } from './decision';
import { isOwn, markOwn } from './own-events';
import { SYNC_SCAN_LIMIT, type Assessment } from './assess';
import { textFromHtml } from './html-text';
import { PASTE_MEASURE, SCAN_MEASURE, startTiming } from './timing';

const CHECK_FAILED = 'The check of this paste failed, so nothing was pasted. Your clipboard still holds the text.';

/**
 * Catches a paste into the composer before the site's editor sees it (capture phase on window,
 * registered at document_start). Harmless text passes untouched in the same task; sensitive
 * text never reaches the editor unless the user chooses so.
 */
export function installPasteGuard(ctx: GuardContext, onFiles: (event: ClipboardEvent, files: File[], composer: HTMLElement) => void): () => void {
  const onPaste = (event: ClipboardEvent) => {
    if (isOwn(event) || !event.isTrusted || !ctx.enabled()) return;
    const composer = closestMatch(event.target, ctx.site.composer);
    // Pastes into other fields (search boxes, settings) are not prompts: left alone.
    if (!composer) return;
    const data = event.clipboardData;
    if (!data) return;
    const files = [...data.files];
    if (files.length > 0) {
      onFiles(event, files, composer);
      return;
    }
    const plain = data.getData('text/plain');
    const text = plain !== '' ? plain : textFromHtml(data.getData('text/html'));
    if (text.trim() === '') return;

    const decided = startTiming(PASTE_MEASURE);
    const saved = saveSelection(composer);
    if (text.length > SYNC_SCAN_LIMIT) {
      stopEvent(event);
      void holdLargePaste(ctx, composer, text, saved).catch(whenGuardFails(ctx, 'paste', composer, CHECK_FAILED));
      decided('scanning');
      return;
    }
    const assessment = ctx.assessor.now(text);
    if (assessment.action === 'allow') {
      decided('allowed');
      reportDecision(ctx, 'paste', assessment, 'allowed');
      return;
    }
    stopEvent(event);
    void resolvePaste(ctx, composer, text, saved, assessment).catch(whenGuardFails(ctx, 'paste', composer, CHECK_FAILED));
    // The panel (or, under a redact-only policy, the redacted insertion) is under way and in the DOM.
    decided('panel');
  };
  window.addEventListener('paste', onPaste, true);
  return () => window.removeEventListener('paste', onPaste, true);
}

async function holdLargePaste(ctx: GuardContext, composer: HTMLElement, text: string, saved: SavedSelection): Promise<void> {
  const scanned = startTiming(SCAN_MEASURE);
  const scan = await assessWithProgress(ctx, 'paste', text, composer);
  scanned('done');
  if (scan.kind === 'failed') {
    if (await tell(ctx, 'paste', liveComposer(ctx, composer), 'The check of this paste failed, so it was not pasted. Try pasting a smaller part.')) {
      restoreSelection(liveComposer(ctx, composer), saved);
    }
    return;
  }
  if (scan.kind === 'cancelled') {
    // Replaced by a newer question: that one owns the panel and the focus now.
    if (!scan.scanning.isCurrent()) return;
    scan.scanning.close();
    restoreSelection(liveComposer(ctx, composer), saved);
    return;
  }
  const { assessment } = scan;
  if (assessment.action === 'allow') {
    if (!scan.scanning.isCurrent()) return;
    scan.scanning.close();
    reportDecision(ctx, 'paste', assessment, 'allowed');
    await land(ctx, composer, text, saved);
    return;
  }
  await resolvePaste(ctx, composer, text, saved, assessment);
}

async function resolvePaste(ctx: GuardContext, composer: HTMLElement, text: string, saved: SavedSelection, assessment: Assessment): Promise<void> {
  if (assessment.action === 'redact') {
    // The policy asks for redaction without a question: paste the safe version and say so.
    const ok = await land(ctx, composer, ctx.assessor.redacted(text, assessment.findings), saved);
    reportDecision(ctx, 'paste', assessment, 'redacted');
    if (ok) {
      const message = `Pasted with ${assessment.findings.length} sensitive values replaced by placeholders, as your organization requires.`;
      if (await tell(ctx, 'paste', liveComposer(ctx, composer), message)) restoreSelection(liveComposer(ctx, composer), { kind: 'none' });
    }
    return;
  }
  let error: string | undefined;
  for (;;) {
    const question = askAbout(ctx, 'paste', text, assessment, liveComposer(ctx, composer), error);
    const choice = await question.choice;
    // A newer paste replaced this question: this paste is dropped and the newer one owns the panel.
    const replaced = !question.isCurrent();
    question.close();
    if (choice.kind === 'cancel') {
      if (!replaced) restoreSelection(liveComposer(ctx, composer), saved);
      reportDecision(ctx, 'paste', assessment, 'cancelled');
      return;
    }
    const toInsert = choice.kind === 'redacted' ? ctx.assessor.redacted(text, assessment.findings) : text;
    if (choice.kind === 'anyway') ctx.assessor.acknowledge(text, assessment.findings);
    if (await land(ctx, composer, toInsert, saved)) {
      reportDecision(ctx, 'paste', assessment, outcomeOf(choice), choice.kind === 'anyway' ? Boolean(choice.reason) : undefined);
      return;
    }
    error = 'The text could not be inserted into the message box. Nothing was pasted; try again or cancel.';
  }
}

/** The composer may have been replaced (hydration, re-render) while the panel was open. */
export function liveComposer(ctx: GuardContext, previous: HTMLElement): HTMLElement {
  if (previous.isConnected) return previous;
  return locate(ctx.site.composer)?.element ?? previous;
}

async function land(ctx: GuardContext, composer: HTMLElement, text: string, saved: SavedSelection): Promise<boolean> {
  const target = liveComposer(ctx, composer);
  const selection = target === composer ? saved : ({ kind: 'none' } as const);
  const path = await insertVerified(target, text, ctx.site.editorKind, markOwn, () => restoreSelection(target, selection));
  return path !== null || composerContains(target, text);
}
