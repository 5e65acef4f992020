import { useSession } from "../../app/SessionContext";
import { PageHeading } from "../../components/PageHeading";
import { formatDateTime } from "../../format/dates";
import { assessmentHref } from "./assessmentRoute";
import { ASSESSMENT_STATUS_LABELS } from "./labels";
import { ProgressBar } from "./ProgressBar";
import { useYear } from "./YearContext";

/** The year's title, who started (and finalized) it, and the overall progress. */
export function YearHeader() {
  const { session } = useSession();
  const { detail, timeZone } = useYear();
  const { assessment } = detail;
  return (
    <header className="year-header">
      <p className="breadcrumb">
        <a href={assessmentHref()}>All assessments</a>
      </p>
      <PageHeading>{assessment.year} assessment</PageHeading>
      <p className="year-meta">
        <span className={`status-pill status-${assessment.status}`}>{ASSESSMENT_STATUS_LABELS[assessment.status]}</span>
        Started by {assessment.startedBy.name} on {formatDateTime(assessment.startedAt, timeZone)}
        {assessment.carriedFrom ? `, with the answers of ${assessment.carriedFrom.year} carried forward for review` : ""}.
      </p>
      {detail.readOnly && assessment.finalizedBy && assessment.finalizedAt ? (
        <p className="alert alert-info finalized-note">
          Finalized by {assessment.finalizedBy.name} on {formatDateTime(assessment.finalizedAt, timeZone)}. This assessment is the practice’s record for{" "}
          {assessment.year} and can no longer be changed; its remediation plan stays open.
        </p>
      ) : session.user.role === "readonly" ? (
        <p className="read-only-note">Your role is Read-only: you can look at this assessment but cannot change it.</p>
      ) : null}
      <ProgressBar label={`Overall progress of the ${assessment.year} assessment`} progress={assessment.progress} />
    </header>
  );
}
