/** The HTML shell every replica is served in; the app script builds the page like a SPA would. */
export function replicaHtml(title: string, scriptPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 0; background: #f7f7f8; color: #222; }
  main { max-width: 760px; margin: 40px auto; padding: 0 16px; }
  .replica-title { font-size: 18px; color: #555; }
  form, .composer-box { background: #fff; border: 1px solid #ccc; border-radius: 16px; padding: 12px; position: relative; }
  textarea, .ProseMirror, [data-lexical-editor] { display: block; width: 100%; min-height: 48px; border: 0; outline: none; font: inherit; white-space: pre-wrap; box-sizing: border-box; }
  .composer-actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }
  button { border-radius: 999px; border: 1px solid #999; background: #222; color: #fff; padding: 4px 14px; cursor: pointer; }
  button:disabled { opacity: .4; }
  #replica-transcript { margin: 16px 0; }
  .replica-message { background: #e8e8ef; border-radius: 12px; padding: 8px 12px; margin: 6px 0; white-space: pre-wrap; }
  .replica-attachments { list-style: none; margin: 0; padding: 0; display: flex; gap: 6px; }
  .replica-attachments li { background: #eef; border-radius: 8px; padding: 2px 8px; font-size: 12px; }
</style>
</head>
<body>
<script src="${scriptPath}"></script>
</body>
</html>`;
}

export function genericHtml(host: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${host}</title></head>
<body><main><h1>${host}</h1><p>A generic page served by the test harness for ${host}.</p>
<textarea aria-label="Prompt" placeholder="Type here"></textarea></main></body></html>`;
}
