import { useId, useState } from "react";
import type { SectionView } from "../../../../shared/model/assessment";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { formatDateTime } from "../../format/dates";
import { plural } from "./labels";
import { useYear } from "./YearContext";

/** What is left in the section, in words, from the assessment's completeness report. */
function missingItems(detail: ReturnType<typeof useYear>["detail"], section: SectionView): string[] {
  const c = detail.completeness;
  const here = <T extends { safeguard: string }>(refs: T[]) => refs.filter((ref) => ref.safeguard === section.safeguard);
  const unanswered = here(c.unansweredQuestions).length;
  const carried = here(c.carriedAnswersToConfirm).length + here(c.carriedRequirementsToConfirm).length;
  const withoutReason = here(c.notApplicableWithoutReason);
  return [
    unanswered > 0 ? `${plural(unanswered, "question is", "questions are")} not answered yet.` : null,
    ...here(c.missingDecisions).map((ref) => `${ref.cfr} ${ref.name} needs a documented decision.`),
    ...withoutReason.map((ref) => `${ref.cfr} ${ref.name} is marked not applicable without a reason.`),
    carried > 0 ? `${plural(carried, "carried-over item needs", "carried-over items need")} to be confirmed or changed.` : null,
  ].filter((item): item is string => item !== null);
}

/** The section's "reviewed by" sign-off: possible once nothing is missing; any later change withdraws it. */
export function SectionReviewPanel({ section }: { section: SectionView }) {
  const invoke = useInvoke();
  const { detail, replace, editable, timeZone } = useYear();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missing = missingItems(detail, section);

  const signOff = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke("assessment.reviewSection", { assessmentId: detail.assessment.id, safeguard: section.safeguard, note });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    replace(result.value);
    setNote("");
  };

  return (
    <section className="panel review-panel" aria-labelledby="review-title">
      <h3 id="review-title">Sign-off: {section.label}</h3>
      {section.review ? (
        <p className="review-done">
          <strong>Reviewed by {section.review.reviewedBy.name}</strong> on {formatDateTime(section.review.reviewedAt, timeZone)}.
          {section.review.note ? ` Note: ${section.review.note}` : ""}
        </p>
      ) : (
        <>
          <p>Someone who knows this part of the practice checks the answers above and signs the section off. A later change to any of them withdraws the sign-off.</p>
          {missing.length > 0 ? (
            <>
              <p>Still to do in this section:</p>
              <ul className="missing-list">
                {missing.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Everything in this section is answered and decided.</p>
          )}
          {editable ? (
            <>
              <div className="field">
                <label htmlFor={noteId}>Note with the sign-off (optional)</label>
                <textarea id={noteId} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
              </div>
              <FormAlert message={error} />
              <button type="button" className="button-primary" onClick={signOff} disabled={busy}>
                Sign off {section.label} as reviewed
              </button>
            </>
          ) : (
            <p>Not signed off yet.</p>
          )}
        </>
      )}
    </section>
  );
}
