import { useCallback, useEffect, useId, useState, type ReactNode } from "react";
import { BAA_STATUS_LABELS, type VendorDetail } from "../../../../shared/model/vendor";
import { roleMayUse } from "../../../../shared/model/roles";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Dialog } from "../../components/Dialog";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDate } from "../../format/dates";
import { BaaDocuments } from "./BaaDocuments";
import { BaaFiles } from "./BaaFiles";
import { QuestionnaireForm } from "./QuestionnaireForm";
import { RecordSignedBaaForm } from "./RecordSignedBaaForm";
import { activitiesText, dayText } from "./vendorLabels";
import { editVendorHref, vendorsHref } from "./vendorRoute";
import { WarningList } from "./WarningList";

/** One titled part of the vendor's page. */
function VendorSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="vendor-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Facts({ facts }: { facts: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="vendor-facts">
      {facts.map((fact) => (
        <div key={fact.label} className="vendor-fact">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One vendor: what needs attention, the BAA and its signed copies, the letters, the details and the due-diligence answers. */
export function VendorPage({ vendorId }: { vendorId: string }) {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const mayEdit = roleMayUse(session.user.role, "edit");
  const [vendor, setVendor] = useState<VendorDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);

  const load = useCallback(
    () =>
      invoke("vendors.get", { vendorId }).then((result) => {
        if (result.ok) {
          setVendor(result.value);
          setError(null);
        } else setError(result.error.message);
      }),
    [invoke, vendorId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  if (!vendor) {
    return (
      <div className="page">
        <a className="vendor-back" href={vendorsHref}>
          ← All vendors
        </a>
        <PageHeading>Vendor</PageHeading>
        <FormAlert message={error} />
        {error ? null : <p>Loading…</p>}
      </div>
    );
  }

  const timeZone = practice?.timeZone;
  return (
    <div className="page">
      <a className="vendor-back" href={vendorsHref}>
        ← All vendors
      </a>
      <PageHeading>{vendor.name}</PageHeading>
      {vendor.services ? <p className="lead">{vendor.services}</p> : null}
      <FormAlert message={error} />
      <StatusMessage>{done}</StatusMessage>
      <WarningList warnings={vendor.warnings} title="Needs attention" linkToVendor={false} />

      <VendorSection title="Business Associate Agreement">
        <Facts
          facts={[
            { label: "Where it stands", value: BAA_STATUS_LABELS[vendor.baaStatus] },
            ...(vendor.baaStatus === "not-needed" ? [{ label: "Why none is needed", value: vendor.baaNotNeededReason }] : []),
            ...(vendor.baaStatus === "signed" || vendor.baaStatus === "expired"
              ? [
                  { label: "Signed on", value: dayText(vendor.baaSignedDate) },
                  { label: "Review or renewal date", value: dayText(vendor.baaReviewDate) },
                ]
              : []),
          ]}
        />
        {mayEdit && vendor.baaStatus !== "not-needed" ? (
          <div className="button-row button-row-start">
            <button type="button" className="button-primary" onClick={() => setRecording(true)}>
              {vendor.baaStatus === "signed" ? "Record a renewed BAA" : "Record the signed BAA"}
            </button>
          </div>
        ) : null}
        <BaaFiles
          vendor={vendor}
          mayEdit={mayEdit}
          timeZone={timeZone}
          onChanged={async (message) => {
            setDone(message);
            await load();
          }}
        />
        {vendor.needsBaa ? <BaaDocuments vendor={vendor} /> : null}
      </VendorSection>

      <VendorSection title="Details">
        <Facts
          facts={[
            { label: "Patient information", value: activitiesText(vendor) },
            { label: "Contact", value: [vendor.contactName, vendor.contactEmail, vendor.contactPhone].filter(Boolean).join(" · ") || "—" },
            { label: "Mailing address", value: <span className="vendor-multiline">{vendor.address || "—"}</span> },
            { label: "Subcontractor notes", value: <span className="vendor-multiline">{vendor.subcontractorNotes || "—"}</span> },
            ...(vendor.endedOn ? [{ label: "Stopped using it on", value: dayText(vendor.endedOn) }] : []),
            { label: "Last changed", value: `${formatDate(vendor.updatedAt, timeZone)} by ${vendor.updatedBy.name}` },
          ]}
        />
        {mayEdit ? (
          <div className="button-row button-row-start">
            <a className="button-secondary vendor-button-link" href={editVendorHref(vendor.id)}>
              Edit the details
            </a>
          </div>
        ) : null}
      </VendorSection>

      <VendorSection title="Due-diligence questions">
        <p>
          Before trusting a vendor with patient information, ask how it protects it. The answers back the assurances a BAA gives (45 CFR 164.308(b)(1))
          and belong in the practice's risk analysis.
        </p>
        <QuestionnaireForm vendor={vendor} mayEdit={mayEdit} timeZone={timeZone} onSaved={setVendor} />
      </VendorSection>

      <Dialog open={recording} title={`Record the signed BAA with ${vendor.name}`} onClose={() => setRecording(false)}>
        {recording ? (
          <RecordSignedBaaForm
            vendor={vendor}
            onSaved={(saved) => {
              setRecording(false);
              setVendor(saved);
              setDone(`The signed BAA with ${saved.name} was recorded and its copy is stored in the vault.`);
            }}
            onCancel={() => setRecording(false)}
          />
        ) : null}
      </Dialog>
    </div>
  );
}
