import { useEffect, useId, useState } from "react";
import type { RiskAnalysisList } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { mayUse } from "../settings/permissions";
import { AnalysisTable } from "./AnalysisTable";
import { ReviewTaskList } from "./ReviewTaskList";
import { StartAnalysisForm } from "./StartAnalysisForm";

/** The yearly analyses, the review work due, and starting this year's analysis (fresh or from last year's). */
export function YearListPage() {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const [list, setList] = useState<RiskAnalysisList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const startId = useId();
  const tasksId = useId();

  useEffect(() => {
    let live = true;
    void invoke("risk.list", {}).then((result) => {
      if (!live) return;
      if (result.ok) setList(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  return (
    <div className="page page-wide risk-page">
      <PageHeading>Risk analysis</PageHeading>
      <p className="lead">
        Once a year, list everywhere the practice keeps or sends patient information, what could go wrong with each, how likely and how harmful that would be, and
        what the practice will do about it. This is the risk analysis and risk management plan the Security Rule requires (45 CFR 164.308(a)(1)(ii)(A) and (B)),
        and the first document an auditor asks for.
      </p>
      <FormAlert message={error} />
      {list ? (
        <>
          <section aria-labelledby={tasksId} className="risk-section">
            <h2 id={tasksId}>Review work</h2>
            <ReviewTaskList tasks={list.reviewTasks} />
          </section>
          <section aria-labelledby={listId} className="risk-section">
            <h2 id={listId}>Analyses by year</h2>
            {list.analyses.length === 0 ? (
              <p className="empty">No risk analysis has been started yet.</p>
            ) : (
              <AnalysisTable analyses={list.analyses} timeZone={practice?.timeZone} />
            )}
          </section>
          {mayUse(session, "edit") ? (
            <section aria-labelledby={startId} className="risk-section">
              <h2 id={startId}>Start a risk analysis</h2>
              <StartAnalysisForm analyses={list.analyses} timeZone={practice?.timeZone} />
            </section>
          ) : (
            <p className="read-only-note">Your role is Read-only: you can open and read every analysis, but not start or change one.</p>
          )}
        </>
      ) : error ? null : (
        <p aria-live="polite">Loading…</p>
      )}
    </div>
  );
}
