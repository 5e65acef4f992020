import { useState } from "react";
import type { VendorDetail } from "../../../../shared/model/vendor";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { downloadBase64 } from "../../files/download";

type Kind = "letter" | "draft";

/**
 * For a vendor that needs a BAA: a letter asking for one, and a draft agreement with every provision
 * 45 CFR 164.504(e) and 164.314(a)(2) require, both filled in with the practice's and the vendor's details.
 */
export function BaaDocuments({ vendor }: { vendor: VendorDetail }) {
  const invoke = useInvoke();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const offersLetter = vendor.baaStatus !== "signed";

  const make = async (kind: Kind) => {
    setBusy(kind);
    setError(null);
    setDone(null);
    const result = await invoke(kind === "letter" ? "vendors.documents.requestLetter" : "vendors.documents.baaDraft", { vendorId: vendor.id });
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBase64(result.value.fileName, result.value.pdfBase64, "application/pdf");
    setDone(`${kind === "letter" ? "The request letter" : "The draft BAA"} was downloaded as ${result.value.fileName}.`);
  };

  return (
    <div className="vendor-documents">
      <h3 className="vendor-h3">Get a BAA signed</h3>
      <p>
        {offersLetter
          ? `Send ${vendor.name} the request letter with the draft agreement, or ask for their own BAA. The draft contains every provision the rule requires (45 CFR 164.504(e), 164.314(a)(2)), each with its paragraph.`
          : `To renew the agreement with ${vendor.name}, start from the draft: it contains every provision the rule requires (45 CFR 164.504(e), 164.314(a)(2)).`}{" "}
        Read the draft with the vendor; a lawyer's review before signing is a good idea.
      </p>
      <FormAlert message={error} />
      <StatusMessage>{done}</StatusMessage>
      <div className="button-row button-row-start">
        {offersLetter ? (
          <button type="button" className="button-secondary" onClick={() => void make("letter")} disabled={busy !== null}>
            {busy === "letter" ? "Making the letter…" : "Download the BAA request letter (PDF)"}
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={() => void make("draft")} disabled={busy !== null}>
          {busy === "draft" ? "Making the draft…" : "Download a draft BAA (PDF)"}
        </button>
      </div>
    </div>
  );
}
