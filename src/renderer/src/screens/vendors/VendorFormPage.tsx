import { useEffect, useState } from "react";
import type { VendorDetail } from "../../../../shared/model/vendor";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { EMPTY_VENDOR, formValuesOf, VendorForm } from "./VendorForm";
import { goToVendorRoute, vendorHref, vendorsHref } from "./vendorRoute";

/** A new vendor: saved, then its page opens with whatever it needs next (a BAA, most often). */
export function VendorNewPage() {
  const invoke = useInvoke();
  return (
    <div className="page">
      <a className="vendor-back" href={vendorsHref}>
        ← All vendors
      </a>
      <PageHeading>Add a vendor</PageHeading>
      <p className="lead">A company that handles patient information for the practice, and where its Business Associate Agreement stands.</p>
      <VendorForm
        initial={EMPTY_VENDOR}
        submitLabel="Add the vendor"
        onSubmit={async (vendor) => {
          const result = await invoke("vendors.add", { vendor });
          if (!result.ok) return result.error;
          goToVendorRoute(vendorHref(result.value.id));
          return null;
        }}
        onCancel={() => goToVendorRoute(vendorsHref)}
      />
    </div>
  );
}

export function VendorEditPage({ vendorId }: { vendorId: string }) {
  const invoke = useInvoke();
  const [vendor, setVendor] = useState<VendorDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("vendors.get", { vendorId }).then((result) => {
      if (!live) return;
      if (result.ok) setVendor(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, vendorId]);

  return (
    <div className="page">
      <a className="vendor-back" href={vendorHref(vendorId)}>
        ← Back to {vendor?.name ?? "the vendor"}
      </a>
      {vendor ? (
        <>
          <PageHeading>Edit {vendor.name}</PageHeading>
          <VendorForm
            initial={formValuesOf(vendor)}
            submitLabel="Save the changes"
            onSubmit={async (next) => {
              const result = await invoke("vendors.update", { vendorId, vendor: next });
              if (!result.ok) return result.error;
              goToVendorRoute(vendorHref(vendorId));
              return null;
            }}
            onCancel={() => goToVendorRoute(vendorHref(vendorId))}
          />
        </>
      ) : (
        <>
          <PageHeading>Edit a vendor</PageHeading>
          <FormAlert message={error} />
          {error ? null : <p>Loading…</p>}
        </>
      )}
    </div>
  );
}
