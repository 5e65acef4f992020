import type { PolicyStatus, PolicyVersionStatus } from "../../../../shared/model/policy";
import { STATUS_TEXT, VERSION_STATUS_TEXT } from "./policyLabels";

/** A policy's or a version's standing as a small coloured label; the words carry the meaning, not the colour. */
export function StatusBadge({ status }: { status: PolicyStatus }) {
  return <span className={`policy-badge policy-badge-${status}`}>{STATUS_TEXT[status]}</span>;
}

export function VersionBadge({ status }: { status: PolicyVersionStatus }) {
  return <span className={`policy-badge policy-badge-${status}`}>{VERSION_STATUS_TEXT[status]}</span>;
}
