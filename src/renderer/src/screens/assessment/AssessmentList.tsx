import { useEffect, useState } from "react";
import { roleMayUse } from "../../../../shared/model/roles";
import type { AssessmentSummary } from "../../../../shared/model/assessment";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { AssessmentTable } from "./AssessmentTable";
import { StartAssessmentForm } from "./StartAssessmentForm";

/** Every year's assessment, newest first, and the form to start this year's. */
export function AssessmentList() {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const [assessments, setAssessments] = useState<AssessmentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("assessment.list", {}).then((result) => {
      if (!live) return;
      if (result.ok) setAssessments(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  return (
    <div className="page">
      <PageHeading>Assessment</PageHeading>
      <p className="lead">
        Once a year, walk through every safeguard the HIPAA Security Rule asks for (45 CFR 164.308 to 164.316) and record what the practice does
        today. Every answer is saved as soon as you choose it, so you can stop at any time and carry on later, and several people can share the
        work.
      </p>
      {session.user.role === "readonly" ? (
        <p className="read-only-note">Your role is Read-only: you can look at every assessment but cannot change one.</p>
      ) : null}
      <FormAlert message={error} />
      {assessments && roleMayUse(session.user.role, "edit") ? <StartAssessmentForm assessments={assessments} timeZone={practice?.timeZone} /> : null}
      <section className="assessment-years" aria-labelledby="assessment-years-title">
        <h2 id="assessment-years-title">Assessments by year</h2>
        {assessments === null ? (
          error ? null : <p>Loading the assessments…</p>
        ) : assessments.length === 0 ? (
          <p className="empty">No assessment has been started yet.</p>
        ) : (
          <AssessmentTable assessments={assessments} timeZone={practice?.timeZone} />
        )}
      </section>
    </div>
  );
}
