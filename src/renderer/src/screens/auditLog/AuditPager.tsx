interface AuditPagerProps {
  offset: number;
  pageSize: number;
  total: number;
  onPage: (offset: number) => void;
}

/** "Entries 101–200 of 235" with Previous and Next. */
export function AuditPager({ offset, pageSize, total, onPage }: AuditPagerProps) {
  if (total <= pageSize) return null;
  const last = Math.min(offset + pageSize, total);
  return (
    <nav className="pager" aria-label="Audit log pages">
      <button type="button" className="button-secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        Previous page
      </button>
      <span>
        Entries {offset + 1}–{last} of {total}
      </span>
      <button type="button" className="button-secondary" disabled={last >= total} onClick={() => onPage(offset + pageSize)}>
        Next page
      </button>
    </nav>
  );
}
