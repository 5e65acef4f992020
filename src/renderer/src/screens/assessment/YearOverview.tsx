import { SAFEGUARD_LABELS } from "../../../../shared/catalog/types";
import { assessmentHref } from "./assessmentRoute";
import { plural } from "./labels";
import { useYear } from "./YearContext";

/** Where the year stands, in words, and where to carry on: what "leave and resume" comes back to. */
export function YearOverview() {
  const { detail } = useYear();
  const { completeness, assessment } = detail;
  const year = assessment.year;
  const nextSection = detail.sections.find((section) => section.missing > 0) ?? detail.sections.find((section) => !section.review);
  const carried = completeness.carriedAnswersToConfirm.length + completeness.carriedRequirementsToConfirm.length;
  const items = [
    completeness.unansweredQuestions.length > 0 ? `${plural(completeness.unansweredQuestions.length, "question is", "questions are")} not answered yet.` : null,
    carried > 0 ? `${plural(carried, "item carried over from last year needs", "items carried over from last year need")} to be confirmed or changed.` : null,
    completeness.missingDecisions.length > 0
      ? `${plural(completeness.missingDecisions.length, "addressable specification needs", "addressable specifications need")} a documented decision.`
      : null,
    completeness.notApplicableWithoutReason.length > 0
      ? `${plural(completeness.notApplicableWithoutReason.length, "requirement is", "requirements are")} marked not applicable without a reason.`
      : null,
    completeness.sectionsNotReviewed.length > 0
      ? `Not signed off yet: ${completeness.sectionsNotReviewed.map((safeguard) => SAFEGUARD_LABELS[safeguard]).join(", ")}.`
      : null,
  ].filter((item): item is string => item !== null);

  return (
    <section className="panel" aria-labelledby="overview-title">
      <h2 id="overview-title">Where the {year} assessment stands</h2>
      {detail.readOnly ? (
        <p>
          This assessment is finalized. Open a section to read its answers, or the <a href={assessmentHref(year, "results")}>results and remediation plan</a>.
        </p>
      ) : items.length === 0 ? (
        <p>
          Everything is answered, decided and signed off. An Administrator can now finalize it from the{" "}
          <a href={assessmentHref(year, "results")}>results page</a>.
        </p>
      ) : (
        <>
          <p>Before the assessment can be finalized:</p>
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {nextSection ? (
            <p>
              <a className="button-primary button-link" href={assessmentHref(year, nextSection.safeguard)}>
                Continue with {nextSection.label}
              </a>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
