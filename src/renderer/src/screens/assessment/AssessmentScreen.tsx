import { AssessmentList } from "./AssessmentList";
import { AssessmentYearPage } from "./AssessmentYearPage";
import { useAssessmentRoute } from "./assessmentRoute";

/**
 * The guided safeguard assessment of 45 CFR 164.308–164.316: "#/assessment" lists the years,
 * "#/assessment/2026" opens one, "#/assessment/2026/technical" walks a section, ".../results" scores it.
 */
export function AssessmentScreen() {
  const route = useAssessmentRoute();
  if (route.year === null) return <AssessmentList />;
  return <AssessmentYearPage key={route.year} year={route.year} page={route.page} />;
}
