import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { PageHeading } from "../../components/PageHeading";
import { mayUse } from "../settings/permissions";
import { IncidentForm } from "./IncidentForm";
import { EMPTY_INCIDENT_FORM } from "./incidentForm";
import { goTo, incidentHref, incidentsHref } from "./incidentRoute";

/** Recording a new incident: the facts first; the response, the breach assessment and the notices follow on its page. */
export function NewIncidentPage() {
  const invoke = useInvoke();
  const { session } = useSession();
  return (
    <div className="page incidents-page">
      <p className="breadcrumb">
        <a href={incidentsHref}>Incidents</a>
      </p>
      <PageHeading>Record an incident</PageHeading>
      <p className="lead">
        Write down what you know now; you can add to it later. If patient information may be involved, the deadlines for telling patients and HHS
        start on the day it was discovered.
      </p>
      {mayUse(session, "edit") ? (
        <IncidentForm
          initial={EMPTY_INCIDENT_FORM}
          submitLabel="Record the incident"
          onCancel={() => goTo(incidentsHref)}
          onSubmit={async (incident) => {
            const result = await invoke("incidents.create", { incident });
            if (!result.ok) return result.error;
            goTo(incidentHref(result.value.incident.id));
            return null;
          }}
        />
      ) : (
        <p className="read-only-note">Your role is Read-only: you can look at incidents but not record them.</p>
      )}
    </div>
  );
}
