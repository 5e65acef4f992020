import { assessmentHref, type AssessmentPage } from "./assessmentRoute";
import { plural } from "./labels";
import { ProgressBar } from "./ProgressBar";
import { useYear } from "./YearContext";

/** The five sections, each with its progress and sign-off, and the results: the way around a year. */
export function SectionNav({ current }: { current: AssessmentPage }) {
  const { detail } = useYear();
  const year = detail.assessment.year;
  return (
    <nav aria-label={`Sections of the ${year} assessment`} className="section-nav">
      <ol>
        {detail.sections.map((section) => (
          <li key={section.safeguard} className={current === section.safeguard ? "section-tile current" : "section-tile"}>
            <a href={assessmentHref(year, section.safeguard)} aria-current={current === section.safeguard ? "true" : undefined}>
              {section.label}
            </a>
            <span className="section-cfr">45 CFR {section.cfrSection}</span>
            <ProgressBar label={`Progress of ${section.label}`} progress={section.progress} compact />
            <span className={section.review ? "tile-state tile-done" : "tile-state"}>
              {section.review
                ? `Reviewed by ${section.review.reviewedBy.name}`
                : section.missing > 0
                  ? `${plural(section.missing, "item", "items")} to do`
                  : "Ready for sign-off"}
            </span>
          </li>
        ))}
        <li className={current === "results" ? "section-tile current" : "section-tile"}>
          <a href={assessmentHref(year, "results")} aria-current={current === "results" ? "true" : undefined}>
            Results and remediation plan
          </a>
          <span className="tile-state">
            {detail.assessment.scorePercent === null ? "No score yet" : `Score so far: ${detail.assessment.scorePercent}%`}
          </span>
          <span className="tile-state">{detail.readOnly ? "Finalized" : detail.completeness.complete ? "Ready to finalize" : "Not ready to finalize"}</span>
        </li>
      </ol>
    </nav>
  );
}
