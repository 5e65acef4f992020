import { useCallback, useEffect, useState } from "react";
import { INCIDENT_STATUS_LABELS, type IncidentDetail } from "../../../../shared/model/incident";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { mayUse } from "../settings/permissions";
import { BreachAssessmentSection } from "./BreachAssessmentSection";
import { DeadlinesSection } from "./DeadlinesSection";
import { FactsSection } from "./FactsSection";
import { incidentsHref } from "./incidentRoute";
import { BREACH_STATE_LABELS } from "./incidentText";
import { LetterSection } from "./LetterSection";
import { NoticeLogSection } from "./NoticeLogSection";
import { PortalChecklistSection } from "./PortalChecklistSection";
import { ResponseStepsSection } from "./ResponseStepsSection";
import { StatusSection } from "./StatusSection";

export interface SectionProps {
  detail: IncidentDetail;
  /** Staff or Administrator, and the incident is not closed. */
  editable: boolean;
  onUpdated: (detail: IncidentDetail) => void;
}

/** One incident: deadlines first, then the facts, the response, the breach assessment, the letter and the notices. */
export function IncidentPage({ incidentId }: { incidentId: string }) {
  const invoke = useInvoke();
  const { session } = useSession();
  const [detail, setDetail] = useState<IncidentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      invoke("incidents.get", { id: incidentId }).then((result) => {
        if (result.ok) setDetail(result.value);
        else setError(result.error.message);
      }),
    [invoke, incidentId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  if (!detail) {
    return (
      <div className="page incidents-page">
        <p className="breadcrumb">
          <a href={incidentsHref}>Incidents</a>
        </p>
        <PageHeading>Incident</PageHeading>
        {error ? <FormAlert message={error} /> : <p>Loading the incident…</p>}
      </div>
    );
  }

  const { incident } = detail;
  const editable = mayUse(session, "edit") && incident.status !== "closed";
  const props: SectionProps = { detail, editable, onUpdated: setDetail };
  const involvesPhi = detail.assessment !== null;

  return (
    <div className="page page-wide incidents-page incident-page">
      <p className="breadcrumb">
        <a href={incidentsHref}>Incidents</a>
      </p>
      <PageHeading>
        Incident {incident.number}: {incident.title}
      </PageHeading>
      <p className="incident-summary-line">
        <span>Status: {INCIDENT_STATUS_LABELS[incident.status]}</span>
        <span>Discovered {formatDay(incident.discoveredOn)}</span>
        <span>{BREACH_STATE_LABELS[detail.breachState]}</span>
      </p>
      {incident.status === "closed" ? (
        <p className="read-only-note">This incident is closed. Reopen it under “Status” at the end of the page to change it; notices can still be logged.</p>
      ) : !mayUse(session, "edit") ? (
        <p className="read-only-note">Your role is Read-only: you can look at this incident but not change it.</p>
      ) : null}
      {involvesPhi ? <DeadlinesSection deadlines={detail.deadlines} businessAssociate={incident.businessAssociate} /> : null}
      <FactsSection {...props} />
      <ResponseStepsSection {...props} />
      {involvesPhi ? (
        <>
          <BreachAssessmentSection {...props} />
          <LetterSection {...props} />
          <NoticeLogSection {...props} editable={mayUse(session, "edit")} />
          <PortalChecklistSection checklist={detail.portalChecklist} />
        </>
      ) : null}
      <StatusSection {...props} />
    </div>
  );
}
