import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITES } from './utils/sites';
import { shrinkDetectionVite } from './utils/build/shrink-detection';

// The public half of the extension's signing key. It pins the extension ID to
// pcgklcmbdgbpgomamnmoacabcijjgfjg, so administrators can force-install the
// extension and push managed policy to that ID. The private half is not in the repo.
const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7HD73n9KOuiS2LGPGk5f9UM+WSmyD3FJxWyO89fQBBFnbnYyaH3XZUI7NWfGjcD6rywNfJzkZQx0qL9mBERgzQe2LwPKGMynSOm2qvmIFHJlqy57ELLvZnqpSAq4ljxtbEghxrtbgawAsWc6NNRq/b39aq6Ucnt1PCp2yX29bDFtcaNbyQ/k5rj+tx7Wt99o2qgQvJDusqOYMZpsSGA9A6OJGbkxSJKHv8IeFtlkGErn4YnpxIXwLAJJsci7jfihl5ab4R6Ge5079bLn2vOLwFvSykyrrai+2K0d79uutcQAraliABcOkXGPUA4/bQjfGa2zp407kE4k4Ufl4kZyWQIDAQAB';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // WXT_OUT_DIR lets several builds (e.g. parallel test runs) live side by side.
  outDir: process.env.WXT_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Content scripts ship the detection code shrunk, findings unchanged; see utils/build/shrink-detection.ts.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (entrypoints.every((e) => e.type === 'content-script')) viteConfig.plugins = [...(viteConfig.plugins ?? []), shrinkDetectionVite()];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Shadow AI Discovery',
    description:
      'Warns before sensitive data reaches an AI chat, finds your recurring AI workflows, and reports anonymized usage to your company.',
    ...(browser === 'firefox'
      ? {
          permissions: ['storage', 'alarms', 'webNavigation', 'notifications'],
          browser_specific_settings: {
            gecko: { id: 'shadow-ai-discovery@example.org', strict_min_version: '115.0' },
          },
        }
      : {
          // `scripting` and host access to exactly the guarded sites (the hosts the content scripts
          // already declare, so Chrome shows no new warning) let the guard start in tabs that were
          // open at install or update; Firefox injects into those by itself.
          permissions: ['storage', 'alarms', 'webNavigation', 'notifications', 'scripting'],
          host_permissions: SITES.flatMap((site) => site.matches),
          key: EXTENSION_PUBLIC_KEY,
        }),
    storage: { managed_schema: 'managed_schema.json' },
  }),
});
