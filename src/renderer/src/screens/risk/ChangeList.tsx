import { useId, type ReactNode } from "react";

export interface ChangeItem {
  key: string;
  text: string;
  detail?: ReactNode;
}

/** One kind of change between two years, with how many and which. */
export function ChangeList({ title, items, empty }: { title: string; items: readonly ChangeItem[]; empty: string }) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="change-list">
      <h3 id={titleId}>{`${title} (${items.length})`}</h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>
              {item.text}
              {item.detail ? <span className="change-detail"> {item.detail}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
