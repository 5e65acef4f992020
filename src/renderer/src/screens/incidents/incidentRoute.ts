import { useEffect, useState } from "react";

/**
 * Where in the Incidents area the address points: "#/incidents" is the log, "#/incidents/new" the
 * form for a new incident, "#/incidents/<id>" one incident's page. Links change the address, so the
 * Back button works.
 */
export type IncidentRoute = { view: "list" } | { view: "new" } | { view: "incident"; incidentId: string };

export function incidentRouteFromHash(hash: string): IncidentRoute {
  const [, second] = hash.replace(/^#\/?/, "").split("/");
  if (!second) return { view: "list" };
  if (second === "new") return { view: "new" };
  return { view: "incident", incidentId: second };
}

export const incidentsHref = "#/incidents";
export const newIncidentHref = "#/incidents/new";
export const incidentHref = (incidentId: string) => `#/incidents/${incidentId}`;

export function goTo(href: string): void {
  window.location.hash = href;
}

export function useIncidentRoute(): IncidentRoute {
  const [route, setRoute] = useState<IncidentRoute>(() => incidentRouteFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(incidentRouteFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
