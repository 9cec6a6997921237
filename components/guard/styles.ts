/** Panel styles, injected into its shadow root so the site's CSS cannot reach in, nor ours out. */
export const PANEL_CSS = `
:host { all: initial; }
.panel {
  box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: #111827; background: #fff;
  border: 1px solid #d1d5db; border-left: 4px solid #d97706; border-radius: 10px;
  box-shadow: 0 10px 30px rgba(0,0,0,.18);
  padding: 12px 14px; max-height: 60vh; overflow: auto;
}
.title { font-weight: 600; margin: 0 0 4px; }
.summary, .hint { margin: 0 0 8px; color: #374151; }
.error { margin: 0 0 8px; color: #991b1b; }
.groups { list-style: none; margin: 0 0 10px; padding: 0; }
.groups li { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; flex-wrap: wrap; }
.label { font-weight: 500; }
.count { color: #6b7280; }
.examples { font-family: ui-monospace, monospace; font-size: 12px; color: #4b5563; }
.cat-secret .label { color: #b91c1c; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button {
  font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #9ca3af;
  background: #f9fafb; color: #111827; cursor: pointer;
}
button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
button:focus-visible, input:focus-visible { outline: 3px solid #93c5fd; outline-offset: 1px; }
.reason { display: flex; flex-direction: column; gap: 4px; margin: 0 0 10px; font-size: 13px; }
.reason input { font: inherit; padding: 4px 6px; }
.progress { height: 6px; background: #e5e7eb; border-radius: 3px; overflow: hidden; margin: 6px 0; }
.bar { height: 100%; background: #1d4ed8; transition: width .1s; }
@media (prefers-color-scheme: dark) {
  .panel { color: #f3f4f6; background: #1f2937; border-color: #4b5563; }
  .summary, .hint { color: #d1d5db; }
  button { background: #374151; color: #f3f4f6; }
}
`;
