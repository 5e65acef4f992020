import { useEffect, useState } from "react";
import type { VendorRegister, VendorSummary } from "../../../../shared/model/vendor";
import { roleMayUse } from "../../../../shared/model/roles";
import { hasEnded } from "../../../../shared/rules/baaStatus";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { activitiesText, baaText, dayText } from "./vendorLabels";
import { newVendorHref, vendorHref } from "./vendorRoute";
import { WarningList } from "./WarningList";

/** The register: every vendor, where its BAA stands, and what needs attention first. */
export function VendorList() {
  const invoke = useInvoke();
  const { session } = useSession();
  const mayEdit = roleMayUse(session.user.role, "edit");
  const [register, setRegister] = useState<VendorRegister | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("vendors.list", {}).then((result) => {
      if (!live) return;
      if (result.ok) setRegister(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const current = register?.vendors.filter((vendor) => !hasEnded(vendor, register.today)) ?? [];
  const former = register?.vendors.filter((vendor) => hasEnded(vendor, register.today)) ?? [];

  return (
    <div className="page page-wide">
      <PageHeading>Vendors & BAAs</PageHeading>
      <p className="lead">
        The outside companies that handle patient information for the practice, and their Business Associate Agreements. A vendor that creates,
        receives, stores or sends on patient information for you needs a signed agreement first (45 CFR 164.308(b), 164.314(a), 164.502(e)).
      </p>
      {mayEdit ? (
        <div className="button-row button-row-start">
          <a className="button-primary vendor-button-link" href={newVendorHref}>
            Add a vendor
          </a>
        </div>
      ) : (
        <p className="read-only-note">Your role is Read-only: you can look at the vendors and download their files, but not change them.</p>
      )}
      <FormAlert message={error} />
      {register ? (
        <>
          <WarningList warnings={register.warnings} title="Needs attention" linkToVendor />
          {register.vendors.length > 0 && register.warnings.length === 0 ? (
            <StatusMessage>Every vendor that handles patient information has a signed BAA, and no review is due in the next {register.reviewNoticeDays} days.</StatusMessage>
          ) : null}
          {register.vendors.length === 0 ? (
            <p className="empty">
              No vendors yet. Start with the companies that handle patient information for the practice: the practice management or imaging software
              company, IT support, online backup, the billing service or claims clearinghouse, e-mail, and the document shredding company.
            </p>
          ) : (
            <VendorTable vendors={current} caption="Vendors the practice uses" />
          )}
          {former.length > 0 ? (
            <>
              <h2 className="vendor-subheading">Former vendors</h2>
              <p className="hint">Kept on record for six years after the practice stopped using them (45 CFR 164.316(b)(2)(i)).</p>
              <VendorTable vendors={former} caption="Vendors the practice no longer uses" />
            </>
          ) : null}
        </>
      ) : error ? null : (
        <p>Loading vendors…</p>
      )}
    </div>
  );
}

function VendorTable({ vendors, caption }: { vendors: VendorSummary[]; caption: string }) {
  if (vendors.length === 0) return <p className="empty">None.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Vendor</th>
            <th scope="col">Patient information</th>
            <th scope="col">Business Associate Agreement</th>
            <th scope="col">Review by</th>
            <th scope="col">Attention</th>
          </tr>
        </thead>
        <tbody>
          {vendors.map((vendor) => (
            <tr key={vendor.id}>
              <th scope="row">
                <a href={vendorHref(vendor.id)}>{vendor.name}</a>
                {vendor.services ? <div className="vendor-services">{vendor.services}</div> : null}
              </th>
              <td>{activitiesText(vendor)}</td>
              <td>{baaText(vendor)}</td>
              <td>{dayText(vendor.baaReviewDate)}</td>
              <td>{attentionText(vendor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function attentionText(vendor: VendorSummary): string {
  if (vendor.warnings.length === 0) return "None";
  const problems = vendor.warnings.filter((warning) => warning.severity === "problem").length;
  if (problems > 0) return problems === 1 ? "⚠ 1 problem" : `⚠ ${problems} problems`;
  return vendor.warnings.length === 1 ? "1 thing coming up" : `${vendor.warnings.length} things coming up`;
}
