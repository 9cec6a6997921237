import { scanText } from '../detection/index';
import type { ScanOptions } from '../detection/types';
import { anonymizePrompt } from '../workflows/anonymize';
import { withPastedInput, type PastedLines } from '../workflows/pasted-input';
import type { Category } from '../detection/types';
import type { PromptSentMessage } from '../messaging/protocol';

const MAX_RECORD_CHARS = 200_000;

/**
 * Turns a sent prompt into its anonymized record on the page, so that the raw text never
 * crosses to the background: only the skeleton (values replaced by typed placeholders) and
 * the signature do.
 */
export function promptRecord(text: string, options: ScanOptions, pasted?: PastedLines): Omit<PromptSentMessage, 'site' | 'host'> {
  // Beyond this size the tail is input data, not the recurring instructions; skipping it keeps sends fast.
  const head = text.length > MAX_RECORD_CHARS ? text.slice(0, MAX_RECORD_CHARS) : text;
  const findings = scanText(head, options);
  // What the user pasted is input, whatever it looks like: it becomes {{document}}, never skeleton text.
  const { skeleton, signature } = anonymizePrompt(head, withPastedInput(findings, pasted?.spansIn(head) ?? []));
  const categories = [...new Set(findings.map((f) => f.category))] as Category[];
  return { kind: 'prompt-sent', skeleton: skeleton.slice(0, 4000), signature: signature.slice(0, 512), categories };
}
