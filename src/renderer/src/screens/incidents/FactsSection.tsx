import { useState } from "react";
import {
  INCIDENT_CATEGORY_LABELS,
  INFORMATION_LOCATION_LABELS,
  INFORMATION_TYPE_LABELS,
  PHI_INVOLVEMENT_LABELS,
} from "../../../../shared/model/incident";
import { JURISDICTIONS, isJurisdictionCode } from "../../../../shared/model/jurisdictions";
import { useInvoke } from "../../api/ApiContext";
import { StatusMessage } from "../../components/StatusMessage";
import type { SectionProps } from "./IncidentPage";
import { IncidentForm } from "./IncidentForm";
import { formValuesOf } from "./incidentForm";
import { dayAndTime } from "./incidentText";

/** The incident's facts as recorded, and the form to correct or complete them. */
export function FactsSection({ detail, editable, onUpdated }: SectionProps) {
  const invoke = useInvoke();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const { incident } = detail;
  const none = <span className="hint">Not recorded</span>;

  return (
    <section className="incident-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">What happened</h2>
      <StatusMessage>{saved ? "The changes were saved." : null}</StatusMessage>
      {editing ? (
        <IncidentForm
          initial={formValuesOf(incident)}
          linkedAssets={incident.assets}
          submitLabel="Save the changes"
          onCancel={() => setEditing(false)}
          onSubmit={async (changes) => {
            const result = await invoke("incidents.update", { id: incident.id, incident: changes });
            if (!result.ok) return result.error;
            onUpdated(result.value);
            setEditing(false);
            setSaved(true);
            return null;
          }}
        />
      ) : (
        <>
          <dl className="facts">
            <dt>Happened</dt>
            <dd>{incident.occurredOn ? dayAndTime(incident.occurredOn, incident.occurredTime) : "Not known"}</dd>
            <dt>Discovered</dt>
            <dd>{dayAndTime(incident.discoveredOn, incident.discoveredTime)}</dd>
            <dt>Reported by</dt>
            <dd>{incident.reportedBy}</dd>
            <dt>Kind</dt>
            <dd>{INCIDENT_CATEGORY_LABELS[incident.category]}</dd>
            <dt>What happened</dt>
            <dd className="prewrap">{incident.description}</dd>
            <dt>Systems involved</dt>
            <dd>
              {incident.assets.length === 0 && !incident.otherSystems
                ? none
                : [
                    ...incident.assets.map((asset) => `${asset.name} (risk analysis ${asset.analysisYear}${asset.retired ? ", since retired" : ""})`),
                    ...(incident.otherSystems ? [incident.otherSystems] : []),
                  ].join("; ")}
            </dd>
            <dt>Where the information was</dt>
            <dd>{incident.locations.length > 0 ? incident.locations.map((location) => INFORMATION_LOCATION_LABELS[location]).join("; ") : none}</dd>
            <dt>Patient information</dt>
            <dd>{PHI_INVOLVEMENT_LABELS[incident.phi]}</dd>
            {incident.phi !== "none" ? (
              <>
                <dt>Kinds of information</dt>
                <dd>
                  {incident.informationTypes.length === 0 && !incident.otherInformation
                    ? none
                    : [...incident.informationTypes.map((type) => INFORMATION_TYPE_LABELS[type]), ...(incident.otherInformation ? [incident.otherInformation] : [])].join(
                        "; ",
                      )}
                </dd>
                <dt>People affected</dt>
                <dd>{incident.individualsAffected === null ? "Not known yet" : incident.individualsAffected.toLocaleString("en-US")}</dd>
                <dt>Where they live</dt>
                <dd>
                  {incident.residents.length === 0
                    ? none
                    : incident.residents
                        .map((row) => `${isJurisdictionCode(row.state) ? JURISDICTIONS[row.state] : row.state}: ${row.count.toLocaleString("en-US")}`)
                        .join("; ")}
                </dd>
              </>
            ) : null}
            {incident.businessAssociate ? (
              <>
                <dt>Business associate of</dt>
                <dd>{incident.coveredEntityName}</dd>
              </>
            ) : null}
            <dt>Recorded by</dt>
            <dd>{incident.createdBy.name}</dd>
          </dl>
          {editable ? (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Edit what happened
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
