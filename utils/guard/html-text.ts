/**
 * Text of clipboard HTML as the editor would paste it. DOMParser builds an inert document: no
 * scripts run and no images load, so reading a hostile clipboard is safe.
 */
export function textFromHtml(html: string): string {
  if (!html) return '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('br')) el.replaceWith('\n');
  for (const el of doc.querySelectorAll('p, div, li, tr, h1, h2, h3, h4, h5, h6')) el.append('\n');
  for (const el of doc.querySelectorAll('td, th')) el.append('\t');
  return (doc.body?.textContent ?? '').replace(/\n{3,}/g, '\n\n');
}
