import { BAA_STATUS_LABELS, EPHI_ACTIVITY_LABELS, type VendorSummary } from "../../../../shared/model/vendor";
import { formatDay } from "../../../../shared/time/zonedTime";

/** "Stores, sends on", in the words of the form's checkboxes, or that it does not handle patient information. */
export function activitiesText(vendor: Pick<VendorSummary, "ephiActivities">): string {
  if (vendor.ephiActivities.length === 0) return "Does not handle patient information";
  const words = vendor.ephiActivities.map((activity) => EPHI_ACTIVITY_LABELS[activity].short).join(", ");
  return `${words[0]!.toUpperCase()}${words.slice(1)}`;
}

/** Where the BAA stands, in one line: "Signed March 1, 2026" or "Not needed: conduit exception". */
export function baaText(vendor: Pick<VendorSummary, "baaStatus" | "baaSignedDate" | "baaNotNeededReason">): string {
  if (vendor.baaStatus === "signed" && vendor.baaSignedDate) return `Signed ${formatDay(vendor.baaSignedDate)}`;
  if (vendor.baaStatus === "expired" && vendor.baaSignedDate) return `Expired (signed ${formatDay(vendor.baaSignedDate)})`;
  if (vendor.baaStatus === "not-needed") return `Not needed: ${vendor.baaNotNeededReason}`;
  return BAA_STATUS_LABELS[vendor.baaStatus];
}

export function dayText(date: string | null): string {
  return date ? formatDay(date) : "—";
}
