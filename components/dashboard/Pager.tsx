/** Page controls for long tables: rendering 10,000 rows at once would freeze the page. */
export function Pager(props: { page: number; pageSize: number; total: number; onPage: (page: number) => void; label: string }) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={`${props.label} pages`}>
      <button type="button" onClick={() => props.onPage(props.page - 1)} disabled={props.page <= 0}>
        Previous
      </button>
      <span>
        Page {props.page + 1} of {pages}
      </span>
      <button type="button" onClick={() => props.onPage(props.page + 1)} disabled={props.page >= pages - 1}>
        Next
      </button>
    </nav>
  );
}
