/** The areas of the app, in the order of the main navigation. */
export const AREAS = [
  { id: "dashboard", label: "Dashboard" },
  { id: "tasks", label: "Tasks" },
  { id: "assessment", label: "Assessment" },
  { id: "risk-analysis", label: "Risk analysis" },
  { id: "policies", label: "Policies" },
  { id: "workforce", label: "Workforce & training" },
  { id: "vendors", label: "Vendors & BAAs" },
  { id: "incidents", label: "Incidents" },
  { id: "reports", label: "Reports" },
  { id: "audit-log", label: "Audit log" },
  { id: "settings", label: "Settings" },
] as const;

export type AreaId = (typeof AREAS)[number]["id"];

export const DEFAULT_AREA: AreaId = "dashboard";

export function areaHref(id: AreaId): string {
  return `#/${id}`;
}

/** "#/settings/recovery-key" names the Settings area (and, after the slash, a section of it). */
export function areaFromHash(hash: string): AreaId {
  const id = hash.replace(/^#\/?/, "").split("/")[0];
  return AREAS.find((area) => area.id === id)?.id ?? DEFAULT_AREA;
}

export function areaLabel(id: AreaId): string {
  return AREAS.find((area) => area.id === id)?.label ?? id;
}

/** The section named after the area in the address, e.g. "recovery-key" in "#/settings/recovery-key". */
export function sectionFromHash(hash: string): string | null {
  return hash.replace(/^#\/?/, "").split("/")[1] ?? null;
}
