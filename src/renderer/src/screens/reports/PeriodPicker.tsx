import { useId } from "react";
import { reportPeriodSchema, type ReportPeriod } from "../../../../shared/model/reportPeriod";
import type { ReportKind } from "../../../../shared/model/reports";

export type PeriodChoice = { mode: "all" } | { mode: "year"; year: string } | { mode: "range"; from: string; to: string };

/**
 * The period a document starts with. The Compliance Binder is what an auditor asks for, and they ask
 * for a year: it starts with this calendar year, and a ten-year practice's binder stays the size of
 * one year. Other documents start with everything on record (for a yearly analysis or assessment,
 * the latest year).
 */
export function defaultPeriodChoice(kind: ReportKind | null, today: Date = new Date()): PeriodChoice {
  return kind === "binder" ? { mode: "year", year: String(today.getFullYear()) } : { mode: "all" };
}

/** The period as the channels take it, or the message that says what is wrong with it. */
export function periodOf(choice: PeriodChoice): { period: ReportPeriod } | { error: string } {
  const raw = choice.mode === "all" ? {} : choice.mode === "year" ? { year: Number(choice.year) } : { ...(choice.from ? { from: choice.from } : {}), ...(choice.to ? { to: choice.to } : {}) };
  if (choice.mode === "year" && !/^\d{4}$/.test(choice.year.trim())) return { error: "Enter a year like 2025." };
  const parsed = reportPeriodSchema.safeParse(raw);
  return parsed.success ? { period: parsed.data } : { error: parsed.error.issues[0]?.message ?? "Check the period." };
}

interface PeriodPickerProps {
  value: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  error: string | null;
}

/** Everything on record, one calendar year, or a range of dates (either end may be left open). */
export function PeriodPicker({ value, onChange, error }: PeriodPickerProps) {
  const id = useId();
  const thisYear = String(new Date().getFullYear());
  return (
    <fieldset className="period-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Period</legend>
      <label className="report-choice">
        <input type="radio" name={`${id}-mode`} checked={value.mode === "all"} onChange={() => onChange({ mode: "all" })} />
        Everything on record (for a yearly analysis or assessment: the latest year)
      </label>
      <label className="report-choice">
        <input type="radio" name={`${id}-mode`} checked={value.mode === "year"} onChange={() => onChange({ mode: "year", year: thisYear })} />
        One calendar year
      </label>
      {value.mode === "year" ? (
        <label className="report-inline-field">
          Year
          <input type="text" inputMode="numeric" maxLength={4} value={value.year} onChange={(event) => onChange({ mode: "year", year: event.target.value })} />
        </label>
      ) : null}
      <label className="report-choice">
        <input type="radio" name={`${id}-mode`} checked={value.mode === "range"} onChange={() => onChange({ mode: "range", from: "", to: "" })} />
        A range of dates
      </label>
      {value.mode === "range" ? (
        <div className="report-inline-fields">
          <label className="report-inline-field">
            From
            <input type="date" value={value.from} onChange={(event) => onChange({ ...value, from: event.target.value })} />
          </label>
          <label className="report-inline-field">
            To
            <input type="date" value={value.to} onChange={(event) => onChange({ ...value, to: event.target.value })} />
          </label>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
