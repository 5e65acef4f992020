import type { EvidenceItem } from "../../../../shared/model/evidence";
import { useInvoke } from "../../api/ApiContext";
import { AttachedFiles, type AttachedFilesClassNames } from "../../components/AttachedFiles";
import { attachedFileProblem } from "../../files/attachedFile";
import { formatDateTime } from "../../format/dates";
import { useYear } from "./YearContext";

const CLASS_NAMES: AttachedFilesClassNames = { root: "evidence", title: "evidence-title", list: "evidence-list", name: "evidence-name", field: "field evidence-upload" };

/** The files attached to one question: stored encrypted in the vault, at most 20 MB each. */
export function EvidenceFiles({ questionId, files, number }: { questionId: string; files: EvidenceItem[]; number: number }) {
  const invoke = useInvoke();
  const { detail, editable, timeZone, reloadEvidence } = useYear();
  return (
    <AttachedFiles
      files={files}
      editable={editable}
      title="Evidence files"
      emptyText="No files attached."
      attachLabel={`Attach a file to question ${number}`}
      removeExplanation="The file is deleted from the vault. The audit log keeps a record that it was attached and removed."
      problemWith={attachedFileProblem}
      formatAddedAt={(iso) => formatDateTime(iso, timeZone)}
      attach={(upload) => invoke("evidence.attach", { assessmentId: detail.assessment.id, questionId, ...upload })}
      download={(item) => invoke("evidence.download", { evidenceId: item.id })}
      remove={(item) => invoke("evidence.remove", { evidenceId: item.id })}
      reload={reloadEvidence}
      classNames={CLASS_NAMES}
    />
  );
}
