import { useAnalysis } from "./AnalysisContext";
import { byOn, calendarDate, plural } from "./riskLabels";

/** Where the analysis stands, in one line; once finalized, who locked it and when. */
export function AnalysisStatus() {
  const { detail, timeZone, canEdit, canPlan } = useAnalysis();
  const { analysis } = detail;
  const counts = `${plural(analysis.counts.assets, "asset", "assets")}, ${plural(analysis.counts.pairs, "risk", "risks")}`;
  if (analysis.status === "finalized" && analysis.finalizedBy && analysis.finalizedAt) {
    return (
      <div className="banner banner-info finalized-note" role="note" aria-label="Finalized">
        <p>
          <strong>{`Finalized by ${byOn(analysis.finalizedBy, analysis.finalizedAt, timeZone)}.`}</strong>{" "}
          {`This analysis is locked and can no longer change (${counts}).`}
          {analysis.nextReviewDate ? ` Next review by ${calendarDate(analysis.nextReviewDate)}.` : ""}
          {canPlan ? " Remediation steps can still be added and marked done." : ""}
        </p>
      </div>
    );
  }
  return (
    <p className="analysis-status">
      {`In progress: ${counts}. Started by ${byOn(analysis.startedBy, analysis.startedAt, timeZone)}`}
      {analysis.carriedFrom ? `, from the ${analysis.carriedFrom.year} analysis` : ""}.
      {canEdit ? "" : " You can read this analysis but not change it: your role is Read-only."}
    </p>
  );
}
