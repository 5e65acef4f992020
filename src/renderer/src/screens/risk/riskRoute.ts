import { useEffect, useState } from "react";

/**
 * Where the user is inside the Risk analysis area, read from the address:
 * "#/risk-analysis" is the list of years, "#/risk-analysis/2026/risks" one step of the 2026 analysis,
 * "#/risk-analysis/2026/risk/<id>" one risk. Links change the address, so Back works as expected.
 */
export const STEP_IDS = ["inventory", "risks", "register", "review", "finalize", "changes"] as const;
export type StepId = (typeof STEP_IDS)[number];

export type RiskRoute = { kind: "years" } | { kind: "step"; year: number; step: StepId } | { kind: "pair"; year: number; pairId: string };

export function riskRouteFromHash(hash: string): RiskRoute {
  const [, yearPart, stepPart, idPart] = hash.replace(/^#\/?/, "").split("/");
  const year = Number(yearPart);
  if (!yearPart || !Number.isInteger(year)) return { kind: "years" };
  if (stepPart === "risk" && idPart) return { kind: "pair", year, pairId: decodeURIComponent(idPart) };
  const step = STEP_IDS.find((id) => id === stepPart) ?? "inventory";
  return { kind: "step", year, step };
}

export function yearsHref(): string {
  return "#/risk-analysis";
}

export function stepHref(year: number, step: StepId = "inventory"): string {
  return `#/risk-analysis/${year}/${step}`;
}

export function pairHref(year: number, pairId: string): string {
  return `#/risk-analysis/${year}/risk/${encodeURIComponent(pairId)}`;
}

export function useRiskRoute(): RiskRoute {
  const [route, setRoute] = useState<RiskRoute>(() => riskRouteFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(riskRouteFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

/** Follows a link of this area from code (after a form is saved). */
export function openHash(hash: string): void {
  window.location.hash = hash;
}
