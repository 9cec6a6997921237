/**
 * Credentials whose name and value are written apart: a Terraform variable keeps the name in its
 * header and the value in `default = "…"`; an ECS task definition or a JSON env list writes
 * `{"name": "DB_PASSWORD", "value": "…"}`; a property list (iOS and macOS apps' settings) writes
 * `<key>ApiSecret</key><string>…</string>`. Each pair is rewritten as `NAME = "value"` and scanned
 * by the same rules as any assignment, so a provider rule keyed on the name ("azure…storage…key")
 * applies as it would to `AZURE_STORAGE_KEY = "…"`. Only findings inside the value are kept,
 * moved back to where the value is in the text.
 */
import type { Finding } from './types';

export const NAMED_VALUE_KEYWORDS: readonly string[] = ['variable', '"name"', '<key>'];

/** `variable "name" { … default = "value" … }`, with no nested block before the default. */
const TERRAFORM_DEFAULT = /variable[ \t]{1,4}"(?<name>[A-Za-z0-9_-]{1,80})"[ \t]{0,4}\{[^{}]{0,600}?\bdefault[ \t]{0,8}=[ \t]{0,8}"(?<value>[^"\r\n]{1,400})"/dg;
/** `"name": "NAME", "value": "…"` in JSON (ECS container definitions, Azure app settings, env lists); AWS's own JSON writes `"Name"`/`"Value"`. */
const JSON_NAME_VALUE = /"(?:name|Name|NAME)"[ \t]{0,4}:[ \t]{0,4}"(?<name>[A-Za-z0-9_.-]{1,80})"[ \t]{0,4},\s{0,40}"(?:value|Value|VALUE)"[ \t]{0,4}:[ \t]{0,4}"(?<value>[^"\r\n]{1,400})"/dg;

/** `<key>NAME</key> <string>…</string>` in a property list. */
const PLIST_KEY_STRING = /<key>(?<name>[A-Za-z0-9_.-]{1,80})<\/key>\s{0,40}<string>(?<value>[^<\r\n]{1,400})<\/string>/dg;

/** Each pattern's `name` and `value` groups; the `d` flag gives where the value starts. */
const NAMED_VALUE_PATTERNS: readonly RegExp[] = [TERRAFORM_DEFAULT, JSON_NAME_VALUE, PLIST_KEY_STRING];

export function findNamedValues(text: string, scanAssignment: (assignment: string) => Finding[]): Finding[] {
  const out: Finding[] = [];
  const take = (name: string, value: string, valueStart: number): void => {
    const assignment = `${name} = "${value}"`;
    const offset = name.length + 4;
    for (const f of scanAssignment(assignment)) {
      if (f.start < offset || f.end > offset + value.length) continue;
      out.push({ ...f, start: f.start - offset + valueStart, end: f.end - offset + valueStart });
    }
  };
  for (const pattern of NAMED_VALUE_PATTERNS) {
    for (const m of text.matchAll(pattern)) take(m.groups!.name!, m.groups!.value!, m.indices!.groups!.value![0]);
  }
  return out;
}
