import type { RegisterSort, RiskPairView } from "../../../../shared/model/risk";
import { TREATMENT_STATUS_LABELS } from "../../../../shared/risk/treatment";
import { LevelBadge } from "./LevelBadge";
import { pairHref } from "./riskRoute";

export interface SortState {
  sort: RegisterSort;
  direction: "asc" | "desc";
}

interface RegisterTableProps {
  year: number;
  rows: readonly RiskPairView[];
  sort: SortState;
  onSort: (sort: RegisterSort) => void;
}

const COLUMNS: { label: string; sort: RegisterSort | null }[] = [
  { label: "Asset", sort: "asset" },
  { label: "Threat", sort: "threat" },
  { label: "Weakness", sort: null },
  { label: "Without safeguards", sort: "inherent-level" },
  { label: "With safeguards", sort: "residual-level" },
  { label: "Treatment status", sort: "treatment-status" },
  { label: "Steps", sort: null },
];

/** The risk register: one row per risk; the column buttons sort it. */
export function RegisterTable({ year, rows, sort, onSort }: RegisterTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table register-table">
        <caption className="visually-hidden">Risk register</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = column.sort !== null && column.sort === sort.sort;
              return (
                <th key={column.label} scope="col" aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
                  {column.sort ? (
                    <button type="button" className="sort-button" onClick={() => onSort(column.sort!)}>
                      {column.label}
                      <span aria-hidden="true">{active ? (sort.direction === "asc" ? " ▲" : " ▼") : " ↕"}</span>
                      <span className="visually-hidden">{active ? "" : ", sort by this column"}</span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const open = row.mitigations.filter((step) => step.status !== "done").length;
            return (
              <tr key={row.id}>
                <td>{row.assetName}</td>
                <th scope="row">
                  <a href={pairHref(year, row.id)}>{row.threatName}</a>
                </th>
                <td>{row.vulnerability}</td>
                <td>
                  <LevelBadge level={row.inherent.level} />
                </td>
                <td>
                  <LevelBadge level={row.residual.level} />
                </td>
                <td>{TREATMENT_STATUS_LABELS[row.treatmentStatus]}</td>
                <td>{row.mitigations.length === 0 ? "None" : `${row.mitigations.length - open} of ${row.mitigations.length} done`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
