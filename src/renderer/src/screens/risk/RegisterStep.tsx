import { useEffect, useId, useRef, useState } from "react";
import type { HeatMap, RegisterFilter, RegisterPage, RegisterSort } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { useAnalysis } from "./AnalysisContext";
import { HeatMapGrid, type HeatCell } from "./HeatMapGrid";
import { RegisterFilters } from "./RegisterFilters";
import { RegisterTable, type SortState } from "./RegisterTable";
import { plural } from "./riskLabels";

type Basis = "residual" | "inherent";

/** Sorting by a level starts with the highest; by a name, from A. */
const FIRST_DIRECTION: Record<RegisterSort, "asc" | "desc"> = {
  "residual-level": "desc",
  "inherent-level": "desc",
  asset: "asc",
  threat: "asc",
  "treatment-status": "asc",
};

/**
 * The risks at a glance: the heat map (likelihood × impact, with the count in each cell) and the risk
 * register, the practice's risk management plan (45 CFR 164.308(a)(1)(ii)(B)). Clicking a cell
 * narrows the register to that cell's risks.
 */
export function RegisterStep() {
  const invoke = useInvoke();
  const { year, detail, scales } = useAnalysis();
  const [basis, setBasis] = useState<Basis>("residual");
  const [map, setMap] = useState<HeatMap | null>(null);
  const [filter, setFilter] = useState<RegisterFilter>({ levelBasis: "residual", includeRetiredAssets: false });
  const [sort, setSort] = useState<SortState>({ sort: "residual-level", direction: "desc" });
  const [cell, setCell] = useState<(HeatCell & { basis: Basis }) | null>(null);
  const [page, setPage] = useState<RegisterPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const ids = { map: useId(), register: useId() };

  useEffect(() => {
    let live = true;
    void invoke("risk.heatMap", { year }).then((result) => {
      if (!live) return;
      if (result.ok) setMap(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, year, detail]);

  useEffect(() => {
    let live = true;
    void invoke("risk.register", { year, filter, sort: sort.sort, direction: sort.direction, limit: 1_000 }).then((result) => {
      if (!live) return;
      if (result.ok) setPage(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, year, detail, filter, sort]);

  const rows = page ? (cell ? page.rows.filter((row) => row[cell.basis].likelihood === cell.likelihood && row[cell.basis].impact === cell.impact) : page.rows) : [];

  const selectCell = (picked: HeatCell) => {
    const same = cell && cell.basis === basis && cell.likelihood === picked.likelihood && cell.impact === picked.impact;
    setCell(same ? null : { ...picked, basis });
    // Say what changed where the register starts, so a keyboard user knows the click did something.
    requestAnimationFrame(() => countRef.current?.focus());
  };

  const changeSort = (next: RegisterSort) =>
    setSort((current) => (current.sort === next ? { sort: next, direction: current.direction === "asc" ? "desc" : "asc" } : { sort: next, direction: FIRST_DIRECTION[next] }));

  const cellWords = cell
    ? `likelihood ${cell.likelihood} ${scales.likelihood[cell.likelihood - 1]!.name} and impact ${cell.impact} ${scales.impact[cell.impact - 1]!.name}, ${cell.basis === "residual" ? "with current safeguards" : "without safeguards"}`
    : "";

  return (
    <>
      <PageHeading level={2}>Heat map and register</PageHeading>
      <FormAlert message={error} />
      <section aria-labelledby={ids.map} className="risk-section">
        <h3 id={ids.map}>Heat map</h3>
        <p className="hint">Each cell shows how many risks have that likelihood and impact. Select a cell to list its risks in the register below.</p>
        <fieldset className="plain-fieldset basis-toggle">
          <legend className="risk-legend">Show the risks</legend>
          <div className="toggle-buttons">
            <button type="button" className="button-secondary button-small" aria-pressed={basis === "residual"} onClick={() => setBasis("residual")}>
              With current safeguards
            </button>
            <button type="button" className="button-secondary button-small" aria-pressed={basis === "inherent"} onClick={() => setBasis("inherent")}>
              Without safeguards
            </button>
          </div>
        </fieldset>
        {map ? (
          <HeatMapGrid
            scales={scales}
            side={map[basis]}
            caption={basis === "residual" ? "Risks with current safeguards (residual)" : "Risks without safeguards (inherent)"}
            selected={cell && cell.basis === basis ? cell : null}
            onSelect={selectCell}
          />
        ) : (
          <p>Loading…</p>
        )}
      </section>

      <section aria-labelledby={ids.register} className="risk-section">
        <h3 id={ids.register}>Risk register</h3>
        <RegisterFilters onApply={(next) => setFilter(next)} />
        <div className="toolbar">
          <p className="count" ref={countRef} tabIndex={-1} aria-live="polite">
            {page ? (cell ? `${plural(rows.length, "risk", "risks")} with ${cellWords}` : `${plural(page.total, "risk", "risks")}`) : "Loading…"}
          </p>
          {cell ? (
            <button type="button" className="button-secondary button-small" onClick={() => setCell(null)}>
              Show every cell
            </button>
          ) : null}
        </div>
        {page && rows.length === 0 ? <p className="empty">No risk matches.</p> : null}
        {rows.length > 0 ? <RegisterTable year={year} rows={rows} sort={sort} onSort={changeSort} /> : null}
      </section>
    </>
  );
}
