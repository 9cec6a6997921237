import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness/browser';
import { SITES } from '../../utils/sites';
import { DETECTION_TYPES } from '../../utils/detection/catalog';

type Manifest = {
  manifest_version: number;
  key?: string;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  storage?: { managed_schema?: string };
  browser_specific_settings?: { gecko?: { id?: string } };
};

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const allMatches = (m: Manifest) => (m.content_scripts ?? []).flatMap((c) => c.matches).sort();
const expectedMatches = SITES.flatMap((s) => s.matches).sort();

describe('builds', () => {
  const firefoxOut = mkdtempSync(join(tmpdir(), 'shadow-ai-firefox-'));
  afterAll(() => rmSync(firefoxOut, { recursive: true, force: true }));

  it('the Chrome build is MV3 with the pinned key, the managed schema and only the permissions the README explains', () => {
    const manifest = readManifest(EXTENSION_DIR);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.key).toMatch(/^MIIB/);
    expect(manifest.storage?.managed_schema).toBe('managed_schema.json');
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'notifications', 'scripting', 'storage', 'webNavigation']);
    // Host access only to the sites the content scripts already declare, so Chrome shows no extra warning.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(expectedMatches);
    expect(allMatches(manifest)).toEqual(expectedMatches);
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    for (const permission of manifest.permissions ?? []) expect(readme).toContain(`\`${permission}\``);
  });

  it('content scripts ship every type label but not the validation texts, which the options page keeps', () => {
    const read = (dir: string) => readdirSync(join(EXTENSION_DIR, dir)).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(EXTENSION_DIR, dir, f), 'utf8'));
    const contentScripts = read('content-scripts');
    const pages = read('chunks').join('\n');
    expect(contentScripts.length).toBe(SITES.length);
    // Texts as the rules write them (types merged from several rules join theirs with '; '), that
    // the minifier keeps as they are (plain ASCII, no quotes to escape); long ones only, since a
    // short one ("check character") could occur in code by chance.
    const verbatim = (s: string) => /^[ -~]+$/.test(s) && !/[\\'"`]/.test(s);
    const texts = [...new Set(DETECTION_TYPES.flatMap((t) => t.validation.split('; ')).filter((v) => v.length > 40 && verbatim(v)))];
    expect(texts.length).toBeGreaterThan(50);
    for (const script of contentScripts) {
      for (const t of DETECTION_TYPES) if (verbatim(t.label)) expect(script).toContain(t.label);
      expect(texts.filter((v) => script.includes(v))).toEqual([]);
    }
    expect(texts.filter((v) => !pages.includes(v))).toEqual([]);
  });

  it('builds for Firefox with a gecko id and the same content-script hosts', () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { env: { ...process.env, WXT_OUT_DIR: firefoxOut }, stdio: 'pipe' });
    const manifest = readManifest(join(firefoxOut, 'firefox-mv2'));
    expect(manifest.browser_specific_settings?.gecko?.id).toBe('shadow-ai-discovery@example.org');
    expect(allMatches(manifest)).toEqual(expectedMatches);
  }, 120_000);
});
