import { useState } from "react";
import type { SectionView } from "../../../../shared/model/assessment";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { StatusMessage } from "../../components/StatusMessage";
import { CARRIED_OVER_LABEL, plural } from "./labels";
import { useYear } from "./YearContext";

/** Says how much of the section was carried over, and confirms all of it at once for someone who has checked. */
export function ConfirmSectionCarried({ section }: { section: SectionView }) {
  const invoke = useInvoke();
  const { detail, replace, editable } = useYear();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const questionIds = section.requirements.flatMap((requirement) => requirement.questions.filter((question) => question.carriedOver && question.answer).map((question) => question.id));
  const requirementIds = section.requirements.filter((requirement) => requirement.carriedOver).map((requirement) => requirement.id);
  const count = questionIds.length + requirementIds.length;

  const confirm = async (): Promise<string | null> => {
    const result = await invoke("assessment.confirmCarried", { assessmentId: detail.assessment.id, questionIds, requirementIds });
    if (!result.ok) return result.error.message;
    replace(result.value);
    setOpen(false);
    setDone(`Confirmed ${plural(count, "carried-over item", "carried-over items")}.`);
    return null;
  };

  if (count === 0) return <StatusMessage>{done}</StatusMessage>;
  return (
    <div className="alert alert-warning carried-summary">
      <p>
        {plural(count, "item in this section was", "items in this section were")} carried over from {detail.assessment.carriedFrom?.year ?? "last year"} and
        {count === 1 ? " is" : " are"} marked “{CARRIED_OVER_LABEL}”. Change any answer that is no longer true; choosing an answer, or pressing
        “Confirm”, confirms it.
      </p>
      {editable ? (
        <button type="button" className="button-secondary button-small" onClick={() => setOpen(true)}>
          Confirm all {count} carried-over items in this section
        </button>
      ) : null}
      <ConfirmDialog
        open={open}
        title={`Confirm ${plural(count, "carried-over item", "carried-over items")}?`}
        confirmLabel="Confirm them all"
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <p>Confirm only what you have checked is still true this year. Your name and today’s date will be recorded as who gave each answer.</p>
      </ConfirmDialog>
    </div>
  );
}
