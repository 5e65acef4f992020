import type { VendorFigure, VendorWithoutBaa } from "../../../../shared/model/dashboard";
import { DashboardCard, FigureLink } from "./DashboardCard";

const KIND_TEXT: Record<VendorWithoutBaa["kind"], string> = {
  "no-baa": "No BAA",
  "baa-requested": "BAA requested, not signed yet",
  "baa-expired": "BAA expired",
};

/** Vendors handling ePHI without a signed, current BAA (45 CFR 164.308(b)(1), 164.502(e)). */
export function VendorCard({ vendors }: { vendors: VendorFigure }) {
  const missing = vendors.withoutBaa.length;
  return (
    <DashboardCard title="Vendors without a BAA" tone={missing > 0 ? "urgent" : undefined}>
      {vendors.handlingEphi > 0 ? (
        <FigureLink
          href={vendors.href}
          value={`${missing} of ${vendors.handlingEphi}`}
          label={vendors.handlingEphi === 1 ? "vendor handling patient information has no signed BAA" : "vendors handling patient information have no signed BAA"}
        />
      ) : null}
      {missing > 0 ? (
        <ul className="dashboard-list">
          {vendors.withoutBaa.map((vendor) => (
            <li key={vendor.vendorId}>
              <a href={vendor.href}>{vendor.name}</a>
              <span className="dashboard-list-meta">{KIND_TEXT[vendor.kind]}: get one signed before sharing more patient information.</span>
            </li>
          ))}
        </ul>
      ) : vendors.handlingEphi === 0 ? (
        <p className="empty">
          No vendor is recorded as handling patient information. <a href={vendors.href}>List the practice&apos;s vendors</a>
        </p>
      ) : (
        <p className="empty">Every vendor handling patient information has a signed BAA.</p>
      )}
    </DashboardCard>
  );
}
