import { useEffect, useState } from "react";
import type { BreachLetter } from "../../../../shared/model/incident";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { formatDateTime } from "../../format/dates";
import { useSession } from "../../app/SessionContext";
import type { SectionProps } from "./IncidentPage";
import { LetterForm } from "./LetterForm";

/**
 * The letter to each affected individual (45 CFR 164.404): a draft made from the incident with every
 * content element of 164.404(c)(1), edited here, saved, and downloaded as a PDF to print and mail.
 */
export function LetterSection({ detail, editable }: SectionProps) {
  const invoke = useInvoke();
  const { practice } = useSession();
  const [letter, setLetter] = useState<BreachLetter | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("incidents.letter.get", { incidentId: detail.incident.id }).then((result) => {
      if (!live) return;
      if (result.ok) setLetter(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, detail.incident.id]);

  return (
    <section className="incident-section" aria-labelledby="letter-heading">
      <h2 id="letter-heading">Letter to the affected individuals</h2>
      <p>
        {detail.breachState === "breach"
          ? "Each affected person must get a letter by first-class mail (or e-mail, if they agreed to it) "
          : "If the assessment concludes a breach, each affected person must get a letter "}
        without unreasonable delay (45 CFR 164.404). The draft below is made from this incident; read it, make it right, and save it. It has the
        five parts the law asks for: what happened, what information was involved, what patients can do, what the practice is doing, and how to
        reach the practice (164.404(c)(1)(A) to (E)).
      </p>
      <FormAlert message={error} />
      {letter ? (
        <>
          <p className="hint">
            {letter.saved ? `Last saved by ${letter.saved.by.name} on ${formatDateTime(letter.saved.at, practice?.timeZone)}.` : "This draft has not been saved yet."}
          </p>
          <LetterForm incidentId={detail.incident.id} letter={letter} editable={editable} onSaved={setLetter} />
        </>
      ) : error ? null : (
        <p>Loading the letter…</p>
      )}
    </section>
  );
}
