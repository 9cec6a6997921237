import type { Choice } from '../../components/guard/model';
import { locate } from '../sites/locate';
import type { Assessment } from './assess';
import { stopEvent, type GuardContext } from './context';
import { askAbout, assessWithProgress, outcomeOf, reportDecision, tell, whenGuardFails } from './decision';
import type { Question } from './panel-host';
import { fileKind, isTextLike } from './file-kinds';
import { isOwn, markOwn } from './own-events';
import { SYNC_SCAN_LIMIT } from './assess';

/**
 * Holds text-like files (chosen, dropped or pasted) until they are scanned; on a finding the
 * user picks the redacted file, the original, or nothing. Other files pass untouched and are
 * recorded as not inspected. Held files are re-delivered to the site with events we mark as
 * ours, carrying the same or sanitized File objects.
 */
export function installUploadGuard(ctx: GuardContext): { cleanup: () => void; onPastedFiles: (event: ClipboardEvent, files: File[], composer: HTMLElement) => void } {
  // Chosen files fire `input` then `change`; a site may listen to either, so the first one holds
  // the files and the input is emptied at once (a site reading input.files on send finds nothing).
  const holding = new WeakSet<HTMLInputElement>();
  const onChange = (event: Event) => {
    const input = event.target;
    if (isOwn(event) || !event.isTrusted || !ctx.enabled()) return;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    if (holding.has(input)) {
      stopEvent(event);
      return;
    }
    if (!input.files?.length) return;
    const files = [...input.files];
    if (!needsScan(ctx, files)) {
      // Recorded once, on `change`; the `input` before it is the same choice.
      if (event.type === 'change') recordUninspected(ctx, files);
      return;
    }
    stopEvent(event);
    holding.add(input);
    input.value = '';
    // The trailing `change` of this same choice arrives in a later task; release after it.
    setTimeout(() => holding.delete(input), 0);
    void hold(ctx, files, anchorFor(ctx, input), (delivered) => {
      if (!delivered) return;
      const data = new DataTransfer();
      for (const file of delivered) data.items.add(file);
      input.files = data.files;
      input.dispatchEvent(markOwn(new Event('input', { bubbles: true, composed: true })));
      input.dispatchEvent(markOwn(new Event('change', { bubbles: true })));
    }).catch(whenGuardFails(ctx, 'upload', anchorFor(ctx, input), 'The check of this file failed, so it was not uploaded.'));
  };

  const onDrop = (event: DragEvent) => {
    if (isOwn(event) || !event.isTrusted || !ctx.enabled()) return;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    if (!needsScan(ctx, files)) {
      recordUninspected(ctx, files);
      return;
    }
    stopEvent(event);
    const target = event.target instanceof Element ? event.target : document.body;
    const { clientX, clientY } = event;
    void hold(ctx, files, anchorFor(ctx, target), (delivered) => {
      if (!delivered) return;
      const data = new DataTransfer();
      for (const file of delivered) data.items.add(file);
      const anchor = target.isConnected ? target : (locate(ctx.site.composer)?.element ?? document.body);
      anchor.dispatchEvent(markOwn(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true, clientX, clientY })));
    }).catch(whenGuardFails(ctx, 'upload', anchorFor(ctx, target), 'The check of this file failed, so it was not uploaded.'));
  };

  const onPastedFiles = (event: ClipboardEvent, files: File[], composer: HTMLElement) => {
    if (!needsScan(ctx, files)) {
      recordUninspected(ctx, files);
      return;
    }
    stopEvent(event);
    void hold(ctx, files, composer, (delivered) => {
      if (!delivered) return;
      const data = new DataTransfer();
      for (const file of delivered) data.items.add(file);
      const target = composer.isConnected ? composer : (locate(ctx.site.composer)?.element ?? composer);
      target.focus();
      target.dispatchEvent(markOwn(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true })));
    }).catch(whenGuardFails(ctx, 'upload', composer, 'The check of this file failed, so it was not uploaded.'));
  };

  window.addEventListener('input', onChange, true);
  window.addEventListener('change', onChange, true);
  window.addEventListener('drop', onDrop, true);
  return {
    onPastedFiles,
    cleanup: () => {
      window.removeEventListener('input', onChange, true);
      window.removeEventListener('change', onChange, true);
      window.removeEventListener('drop', onDrop, true);
    },
  };
}

function needsScan(ctx: GuardContext, files: File[]): boolean {
  return files.some((file) => isTextLike(file) && file.size <= ctx.maxScanUploadBytes());
}

function recordUninspected(ctx: GuardContext, files: File[]): void {
  for (const file of files) ctx.report({ kind: 'upload', inspected: false, fileKind: fileKind(file), sizeBytes: file.size });
}

function anchorFor(ctx: GuardContext, fallback: Element): HTMLElement {
  return locate(ctx.site.composer)?.element ?? (fallback instanceof HTMLElement ? fallback : document.body);
}

/** Scans each text-like file, asks once per file with findings, then delivers the result (or null: nothing). */
async function hold(ctx: GuardContext, files: File[], anchor: HTMLElement, deliver: (files: File[] | null) => void): Promise<void> {
  const out: File[] = [];
  for (const file of files) {
    if (!isTextLike(file) || file.size > ctx.maxScanUploadBytes()) {
      ctx.report({ kind: 'upload', inspected: false, fileKind: fileKind(file), sizeBytes: file.size });
      out.push(file);
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      ctx.report({ kind: 'upload', inspected: false, fileKind: fileKind(file), sizeBytes: file.size });
      out.push(file);
      continue;
    }
    let assessment: Assessment;
    let scanning: Question | null = null;
    if (text.length > SYNC_SCAN_LIMIT) {
      const scan = await assessWithProgress(ctx, 'upload', text, anchor);
      scanning = scan.scanning;
      if (scan.kind !== 'done') {
        ctx.report({ kind: 'upload', inspected: false, fileKind: fileKind(file), sizeBytes: file.size });
        if (scan.scanning.isCurrent()) {
          scan.scanning.close();
          // A check that failed holds the file rather than uploading it unchecked.
          if (scan.kind === 'failed') await tell(ctx, 'upload', anchor, 'The check of this file failed, so it was not uploaded.');
        }
        deliver(null);
        return;
      }
      assessment = scan.assessment;
    } else {
      assessment = ctx.assessor.now(text);
    }
    ctx.report({ kind: 'upload', inspected: true, fileKind: fileKind(file), sizeBytes: file.size });
    if (assessment.action === 'allow') {
      scanning?.close();
      reportDecision(ctx, 'upload', assessment, 'allowed');
      out.push(file);
      continue;
    }
    let choice: Choice = { kind: 'redacted' };
    if (assessment.action !== 'redact') {
      const question = askAbout(ctx, 'upload', text, assessment, anchor);
      choice = await question.choice;
      question.close();
    } else {
      scanning?.close();
    }
    reportDecision(ctx, 'upload', assessment, outcomeOf(choice), choice.kind === 'anyway' ? Boolean(choice.reason) : undefined);
    if (choice.kind === 'cancel') {
      deliver(null);
      return;
    }
    if (choice.kind === 'anyway') {
      out.push(file);
    } else {
      out.push(new File([ctx.assessor.redacted(text, assessment.findings)], file.name, { type: file.type || 'text/plain', lastModified: file.lastModified }));
    }
  }
  deliver(out);
}
