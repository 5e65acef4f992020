import { useMemo } from "react";
import { roleMayUse } from "../../../../shared/model/roles";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { assessmentHref, type AssessmentPage } from "./assessmentRoute";
import { ResultsPage } from "./ResultsPage";
import { SectionNav } from "./SectionNav";
import { SectionWalk } from "./SectionWalk";
import { useAssessmentYear } from "./useAssessmentYear";
import { YearContext, type YearValue } from "./YearContext";
import { YearHeader } from "./YearHeader";
import { YearOverview } from "./YearOverview";

/** One year's assessment: its header and sections, and the section, results or overview the address names. */
export function AssessmentYearPage({ year, page }: { year: number; page: AssessmentPage }) {
  const { session, practice } = useSession();
  const { state, replace, evidence, evidenceError, reloadEvidence } = useAssessmentYear(year);
  const detail = state.status === "ready" ? state.detail : null;

  const value = useMemo<YearValue | null>(
    () =>
      detail
        ? {
            detail,
            replace,
            editable: !detail.readOnly && roleMayUse(session.user.role, "edit"),
            mayFinalize: roleMayUse(session.user.role, "admin"),
            mayPlan: roleMayUse(session.user.role, "edit"),
            timeZone: practice?.timeZone,
            evidence,
            reloadEvidence,
          }
        : null,
    [detail, replace, session.user.role, practice?.timeZone, evidence, reloadEvidence],
  );

  if (!value) {
    return (
      <div className="page">
        <PageHeading>{year} assessment</PageHeading>
        {state.status === "loading" ? <p>Loading the {year} assessment…</p> : null}
        {state.status === "missing" ? (
          <p>
            There is no assessment for {year} yet. <a href={assessmentHref()}>Go to the list of assessments</a> to start one.
          </p>
        ) : null}
        <FormAlert message={state.status === "error" ? state.message : null} />
      </div>
    );
  }

  return (
    <YearContext.Provider value={value}>
      <div className="page page-wide assessment-year">
        <YearHeader />
        <FormAlert message={evidenceError} />
        <SectionNav current={page} />
        {page === "results" ? <ResultsPage key="results" /> : page ? <SectionWalk key={page} safeguard={page} /> : <YearOverview />}
      </div>
    </YearContext.Provider>
  );
}
