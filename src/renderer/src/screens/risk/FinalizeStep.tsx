import { useId } from "react";
import { PageHeading } from "../../components/PageHeading";
import { useAnalysis } from "./AnalysisContext";
import { FinalizeForm } from "./FinalizeForm";
import { ReadinessList } from "./ReadinessList";
import { byOn, calendarDate } from "./riskLabels";

/** OCR's element 8: finalize the documentation. An Administrator locks the year once nothing is missing. */
export function FinalizeStep() {
  const { year, detail, isAdmin, canEdit, timeZone } = useAnalysis();
  const ids = { blockers: useId(), warnings: useId() };
  const { analysis, readiness } = detail;

  if (analysis.status === "finalized" && analysis.finalizedBy && analysis.finalizedAt) {
    return (
      <>
        <PageHeading level={2}>Finalize</PageHeading>
        <p>
          <strong>{`Finalized by ${byOn(analysis.finalizedBy, analysis.finalizedAt, timeZone)}.`}</strong>
          {analysis.nextReviewDate ? ` The next review is due by ${calendarDate(analysis.nextReviewDate)}.` : ""}
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading level={2}>Finalize</PageHeading>
      <p>
        Finalizing locks the analysis with who finalized it and when, so it stands as the practice&apos;s risk analysis for {year} (45 CFR 164.308(a)(1)(ii)(A)), kept for
        six years (45 CFR 164.316(b)(2)(i)).
      </p>
      {readiness.blockers.length > 0 ? (
        <section aria-labelledby={ids.blockers} className="risk-section">
          <h3 id={ids.blockers}>Still to do before finalizing</h3>
          <ReadinessList items={readiness.blockers} pairs={detail.pairs} year={year} />
        </section>
      ) : (
        <p className="alert alert-success">Nothing is missing: the analysis can be finalized.</p>
      )}
      {readiness.warnings.length > 0 ? (
        <section aria-labelledby={ids.warnings} className="risk-section">
          <h3 id={ids.warnings}>Worth a look (finalizing is still allowed)</h3>
          <ReadinessList items={readiness.warnings} pairs={detail.pairs} year={year} />
        </section>
      ) : null}
      {isAdmin && canEdit ? <FinalizeForm /> : <p className="read-only-note">Only an Administrator can finalize the analysis.</p>}
    </>
  );
}
