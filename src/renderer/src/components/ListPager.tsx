interface ListPagerProps {
  /** What the pages are of, for screen readers: "Training records pages". */
  label: string;
  /** What one item is called in the range text, plural: "records". */
  noun: string;
  offset: number;
  pageSize: number;
  total: number;
  onPage: (offset: number) => void;
  /** The words on the two buttons, e.g. "Newer records" and "Older records" for a list newest first. */
  previousLabel?: string;
  nextLabel?: string;
}

/**
 * "Records 26–50 of 10,000" with buttons for the pages either side. A long list is shown a page at a
 * time, so a screen with years of records opens at once and never puts thousands of rows on screen.
 * Renders nothing when everything fits on one page.
 */
export function ListPager({ label, noun, offset, pageSize, total, onPage, previousLabel = "Previous page", nextLabel = "Next page" }: ListPagerProps) {
  if (total <= pageSize) return null;
  const last = Math.min(offset + pageSize, total);
  const number = (value: number) => value.toLocaleString("en-US");
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button-secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        {previousLabel}
      </button>
      <span aria-live="polite">
        {noun.charAt(0).toUpperCase() + noun.slice(1)} {number(offset + 1)}–{number(last)} of {number(total)}
      </span>
      <button type="button" className="button-secondary" disabled={last >= total} onClick={() => onPage(offset + pageSize)}>
        {nextLabel}
      </button>
    </nav>
  );
}
