/** The template with each {{slot}} set apart, so the variable parts read at a glance. */
export function TemplateText({ template }: { template: string }) {
  const parts = template.split(/(\{\{[^{}]+\}\})/);
  return (
    <span class="template">
      {parts.map((part, i) =>
        /^\{\{[^{}]+\}\}$/.test(part) ? (
          <mark key={i} class="slot">
            {part.slice(2, -2).trim()}
          </mark>
        ) : (
          part
        ),
      )}
    </span>
  );
}
