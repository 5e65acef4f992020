import { useEffect, useState } from "react";
import { SAFEGUARDS, type Safeguard } from "../../../../shared/catalog/types";
import { MAX_ASSESSMENT_YEAR, MIN_ASSESSMENT_YEAR } from "../../../../shared/model/assessment";
import { areaHref, sectionFromHash } from "../../frame/areas";

/** The part of the Assessment area an address names: a year's section walk, its results, or its overview. */
export type AssessmentPage = Safeguard | "results" | null;

export interface AssessmentRoute {
  /** Null for the list of assessments. */
  year: number | null;
  page: AssessmentPage;
}

/** "#/assessment/2026/technical" → { year: 2026, page: "technical" }; anything unknown falls back to the list or the overview. */
export function assessmentRouteFromHash(hash: string): AssessmentRoute {
  const yearText = sectionFromHash(hash);
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (year === null || year < MIN_ASSESSMENT_YEAR || year > MAX_ASSESSMENT_YEAR) return { year: null, page: null };
  const pageText = hash.replace(/^#\/?/, "").split("/")[2] ?? "";
  const page = pageText === "results" || (SAFEGUARDS as readonly string[]).includes(pageText) ? (pageText as AssessmentPage) : null;
  return { year, page };
}

export function assessmentHref(year?: number, page?: Exclude<AssessmentPage, null>): string {
  const base = areaHref("assessment");
  if (year === undefined) return base;
  return page ? `${base}/${year}/${page}` : `${base}/${year}`;
}

/** Goes to a year's assessment, as following its link would. */
export function openAssessment(year: number): void {
  window.location.hash = assessmentHref(year);
}

/** Follows the address while the Assessment area is open (the area itself does not remount on these changes). */
export function useAssessmentRoute(): AssessmentRoute {
  const [route, setRoute] = useState(() => assessmentRouteFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(assessmentRouteFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
