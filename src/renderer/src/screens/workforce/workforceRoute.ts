import { useEffect, useState } from "react";

/**
 * Where the user is inside the Workforce & training area, read from the address: "#/workforce" is the
 * roster with the training due, "#/workforce/person/<id>" one person, "#/workforce/training" the
 * topics, sessions and due-date settings, "#/workforce/import" the CSV import. Links change the
 * address, so Back works as expected.
 */
export type WorkforceRoute = { kind: "roster" } | { kind: "person"; memberId: string } | { kind: "training" } | { kind: "import" };

export function workforceRouteFromHash(hash: string): WorkforceRoute {
  const [, page, id] = hash.replace(/^#\/?/, "").split("/");
  if (page === "person" && id) return { kind: "person", memberId: decodeURIComponent(id) };
  if (page === "training") return { kind: "training" };
  if (page === "import") return { kind: "import" };
  return { kind: "roster" };
}

export const rosterHref = () => "#/workforce";
export const personHref = (memberId: string) => `#/workforce/person/${encodeURIComponent(memberId)}`;
export const trainingHref = () => "#/workforce/training";
export const importHref = () => "#/workforce/import";

export function useWorkforceRoute(): WorkforceRoute {
  const [route, setRoute] = useState<WorkforceRoute>(() => workforceRouteFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(workforceRouteFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
