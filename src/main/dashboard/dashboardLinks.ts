import type { Safeguard } from "../../shared/catalog/types";
import type { TaskEntry } from "../../shared/model/task";

/**
 * The addresses the dashboard's figures click through to. They follow the routes each screen reads
 * from the address (src/renderer/src/screens/<area>/<area>Route.ts), as deep as the screen supports:
 * a year's assessment section, a risk analysis step, one person, one vendor, one policy, one incident.
 * The browser test of the dashboard follows them, so a route that changes is caught there.
 */
export const dashboardLinks = {
  tasks: "#/tasks",
  settings: "#/settings",
  reports: "#/reports",
  assessments: "#/assessment",
  assessmentYear: (year: number) => `#/assessment/${year}`,
  assessmentResults: (year: number) => `#/assessment/${year}/results`,
  assessmentSection: (year: number, safeguard: Safeguard) => `#/assessment/${year}/${safeguard}`,
  riskAnalyses: "#/risk-analysis",
  riskStep: (year: number, step: "inventory" | "risks" | "register" | "finalize") => `#/risk-analysis/${year}/${step}`,
  policies: "#/policies",
  policy: (policyId: string) => `#/policies/${encodeURIComponent(policyId)}`,
  workforce: "#/workforce",
  person: (memberId: string) => `#/workforce/person/${encodeURIComponent(memberId)}`,
  vendors: "#/vendors",
  vendor: (vendorId: string) => `#/vendors/${vendorId}`,
  incidents: "#/incidents",
  incident: (incidentId: string) => `#/incidents/${incidentId}`,
} as const;

/**
 * Where one entry of the task list is changed. A stored task is completed in the task list; a due
 * item is changed in the record it comes from, named by its id ("vendor:<vendor id>:baa", see
 * dueItemSources.ts). The remediation plan is shown with the latest assessment's results.
 */
export function dueEntryHref(entry: Pick<TaskEntry, "key" | "origin" | "area">, latestAssessmentYear: number | null): string {
  const [, recordId] = entry.key.split(":");
  switch (entry.origin) {
    case "task":
      return dashboardLinks.tasks;
    case "action-item":
      if (latestAssessmentYear !== null) return dashboardLinks.assessmentResults(latestAssessmentYear);
      return entry.area === "assessment" ? dashboardLinks.assessments : dashboardLinks.riskAnalyses;
    case "risk-review":
      return dashboardLinks.riskAnalyses;
    case "training":
      return recordId ? dashboardLinks.person(recordId) : dashboardLinks.workforce;
    case "vendor":
      return recordId ? dashboardLinks.vendor(recordId) : dashboardLinks.vendors;
    case "policy":
      return recordId ? dashboardLinks.policy(recordId) : dashboardLinks.policies;
    case "incident":
      return recordId ? dashboardLinks.incident(recordId) : dashboardLinks.incidents;
  }
}
