import type { ReadinessItem, RiskPairView } from "../../../../shared/model/risk";
import { pairHref } from "./riskRoute";

/** What stops finalizing (or is worth a look), each with links to the risks it names. */
export function ReadinessList({ items, pairs, year }: { items: readonly ReadinessItem[]; pairs: readonly RiskPairView[]; year: number }) {
  const byId = new Map(pairs.map((pair) => [pair.id, pair]));
  return (
    <ul className="readiness-list">
      {items.map((item) => (
        <li key={item.kind}>
          <p>{item.message}</p>
          {item.pairIds.length > 0 ? (
            <ul className="readiness-links">
              {item.pairIds.slice(0, 10).map((id) => {
                const pair = byId.get(id);
                return pair ? (
                  <li key={id}>
                    <a href={pairHref(year, id)}>{`${pair.assetName}: ${pair.threatName}`}</a>
                  </li>
                ) : null;
              })}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
