import { useId } from "react";
import type { BaaWarning } from "../../../../shared/rules/baaStatus";
import { vendorHref } from "./vendorRoute";

/**
 * The BAA warnings, problems first. Not an alert role: they are part of the page, read in order,
 * not news that interrupts. "Problem" and "Coming up" are said in words, not only in colour.
 */
export function WarningList({ warnings, title, linkToVendor }: { warnings: BaaWarning[]; title: string; linkToVendor: boolean }) {
  const headingId = useId();
  if (warnings.length === 0) return null;
  return (
    <section className="vendor-warnings" aria-labelledby={headingId}>
      <h2 id={headingId} className="vendor-warnings-title">
        {title}
      </h2>
      <ul className="vendor-warning-list">
        {warnings.map((warning) => (
          <li key={`${warning.vendorId}:${warning.kind}`} className={`vendor-warning vendor-warning-${warning.severity}`}>
            <span className="vendor-warning-tag">{warning.severity === "problem" ? "Problem" : "Coming up"}</span>
            <span>
              {warning.message} <span className="vendor-cfr">({warning.citation})</span>
              {linkToVendor ? (
                <>
                  {" "}
                  <a href={vendorHref(warning.vendorId)}>Open {warning.vendorName}</a>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
