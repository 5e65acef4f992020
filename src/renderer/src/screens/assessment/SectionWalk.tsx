import { SAFEGUARDS, type Safeguard } from "../../../../shared/catalog/types";
import { PageHeading } from "../../components/PageHeading";
import { assessmentHref } from "./assessmentRoute";
import { ConfirmSectionCarried } from "./ConfirmSectionCarried";
import { ProgressBar } from "./ProgressBar";
import { RequirementCard } from "./RequirementCard";
import { SectionReviewPanel } from "./SectionReviewPanel";
import { useYear } from "./YearContext";

/** One safeguard category: its standards and specifications with their questions, then its sign-off. */
export function SectionWalk({ safeguard }: { safeguard: Safeguard }) {
  const { detail } = useYear();
  const section = detail.sections.find((candidate) => candidate.safeguard === safeguard);
  if (!section) return null;
  const index = SAFEGUARDS.indexOf(safeguard);
  const previous = index > 0 ? detail.sections[index - 1] : undefined;
  const next = detail.sections[index + 1];
  const year = detail.assessment.year;
  return (
    <section className="section-walk" aria-labelledby="section-walk-title">
      <PageHeading id="section-walk-title" level={2}>
        {section.label} <span className="heading-cfr">45 CFR {section.cfrSection}</span>
      </PageHeading>
      <ProgressBar label={`Progress of ${section.label}`} progress={section.progress} />
      <ConfirmSectionCarried section={section} />
      <ol className="requirement-list">
        {section.requirements.map((requirement) => (
          <li key={requirement.id}>
            <RequirementCard requirement={requirement} />
          </li>
        ))}
      </ol>
      <SectionReviewPanel section={section} />
      <nav className="section-pager" aria-label="Next and previous section">
        {previous ? <a href={assessmentHref(year, previous.safeguard)}>← {previous.label}</a> : <span />}
        {next ? <a href={assessmentHref(year, next.safeguard)}>{next.label} →</a> : <a href={assessmentHref(year, "results")}>Results and remediation plan →</a>}
      </nav>
    </section>
  );
}
