import { PolicyListPage } from "./PolicyListPage";
import { PolicyPage } from "./PolicyPage";
import { usePolicyRoute } from "./policyRoute";

/**
 * The Policies area: the practice's written security policies and procedures (45 CFR 164.316), each
 * with its versions, approvals, annual reviews and staff acknowledgments.
 */
export function PoliciesScreen() {
  const route = usePolicyRoute();
  return (
    <div className="page page-wide policies-page">
      {route.kind === "policy" ? <PolicyPage key={route.policyId} policyId={route.policyId} /> : <PolicyListPage />}
    </div>
  );
}
