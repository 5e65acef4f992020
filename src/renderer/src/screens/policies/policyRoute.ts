import { useEffect, useState } from "react";

/**
 * Where the user is inside the Policies area, read from the address: "#/policies" is the list,
 * "#/policies/<id>" one policy. Links change the address, so Back works as expected.
 */
export type PolicyRoute = { kind: "list" } | { kind: "policy"; policyId: string };

export function policyRouteFromHash(hash: string): PolicyRoute {
  const [, id] = hash.replace(/^#\/?/, "").split("/");
  return id ? { kind: "policy", policyId: decodeURIComponent(id) } : { kind: "list" };
}

export const policyListHref = () => "#/policies";
export const policyHref = (policyId: string) => `#/policies/${encodeURIComponent(policyId)}`;

export function usePolicyRoute(): PolicyRoute {
  const [route, setRoute] = useState<PolicyRoute>(() => policyRouteFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(policyRouteFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
