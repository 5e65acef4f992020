import type { TrainingCompletion } from "../../../../shared/model/training";
import { formatDay, formatMoment } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { AttachedFiles, type AttachedFilesClassNames } from "../../components/AttachedFiles";
import { attachedFileProblem } from "../../files/attachedFile";

interface CertificateFilesProps {
  completion: TrainingCompletion;
  editable: boolean;
  timeZone: string;
  onChanged: () => Promise<void>;
}

const CLASS_NAMES: AttachedFilesClassNames = { root: "certificates", title: "certificates-title", list: "certificate-list", name: "certificate-name", field: "field" };

/** Certificates for one training record: stored encrypted in the vault, at most 20 MB each. */
export function CertificateFiles({ completion, editable, timeZone, onChanged }: CertificateFilesProps) {
  const invoke = useInvoke();
  return (
    <AttachedFiles
      files={completion.certificates}
      editable={editable}
      title="Certificates"
      emptyText="No certificate attached."
      attachLabel={`Attach a certificate to the training of ${formatDay(completion.completedOn)}`}
      removeExplanation="The file is deleted from the vault. The training record itself stays, and the audit log keeps a record that the file was attached and removed."
      problemWith={attachedFileProblem}
      formatAddedAt={(iso) => formatMoment(iso, timeZone)}
      attach={(upload) => invoke("training.certificates.attach", { completionId: completion.id, ...upload })}
      download={(item) => invoke("training.certificates.download", { certificateId: item.id })}
      remove={(item) => invoke("training.certificates.remove", { certificateId: item.id })}
      reload={onChanged}
      classNames={CLASS_NAMES}
    />
  );
}
