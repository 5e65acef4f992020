import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { VendorDetail } from "../../../../shared/model/vendor";
import { addCalendarDays, isCalendarDate } from "../../../../shared/rules/calendarDates";
import { MAX_EVIDENCE_BYTES } from "../../../../shared/rules/evidenceFiles";
import { BAA_FILE_ACCEPT, BAA_FILE_TYPE_MESSAGE, baaFileTypeFor } from "../../../../shared/rules/vendorFiles";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { readFileAsBase64 } from "../../files/download";
import { applyServerError } from "../../forms/serverErrors";

const DATE_MESSAGE = "Use a real date like 2026-01-31.";

const schema = z
  .object({
    signedDate: z.string().trim().min(1, "Enter the date the BAA was signed.").refine(isCalendarDate, DATE_MESSAGE),
    reviewDate: z
      .string()
      .trim()
      .refine((value) => value === "" || isCalendarDate(value), DATE_MESSAGE),
    file: z
      .custom<FileList>((value) => typeof FileList !== "undefined" && value instanceof FileList, "Choose the file of the signed BAA.")
      .refine((files) => files.length === 1, "Choose the file of the signed BAA.")
      .refine((files) => files.length !== 1 || baaFileTypeFor(files[0]!.name) !== null, BAA_FILE_TYPE_MESSAGE)
      .refine((files) => files.length !== 1 || files[0]!.size <= MAX_EVIDENCE_BYTES, "That file is larger than 20 MB. Save a smaller copy and attach that."),
  })
  .refine((form) => form.reviewDate === "" || !isCalendarDate(form.signedDate) || form.reviewDate > form.signedDate, {
    message: "The review date must come after the date it was signed.",
    path: ["reviewDate"],
  });
type RecordSignedForm = z.infer<typeof schema>;

const FIELD_NAMES = ["signedDate", "reviewDate", "file"];

/** "The BAA came back signed": its date, when to review it, and the signed copy, saved in one step. */
export function RecordSignedBaaForm({ vendor, onSaved, onCancel }: { vendor: VendorDetail; onSaved: (vendor: VendorDetail) => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<RecordSignedForm>({ resolver: zodResolver(schema), defaultValues: { signedDate: "", reviewDate: "" } });

  const submit = async (form: RecordSignedForm) => {
    setFormError(null);
    const file = form.file[0]!;
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setError("file", { type: "read", message: "The file could not be read. Check that it opens, then choose it again." });
      return;
    }
    const result = await invoke("vendors.baa.recordSigned", {
      vendorId: vendor.id,
      signedDate: form.signedDate,
      reviewDate: form.reviewDate || null,
      file: { fileName: file.name, mimeType: file.type, contentBase64 },
    });
    if (result.ok) onSaved(result.value);
    else {
      // The file's own messages come back as file.fileName or file.contentBase64: both belong to the file picker.
      const fileMessage = result.error.fields?.["file.fileName"] ?? result.error.fields?.["file.contentBase64"];
      if (fileMessage) setError("file", { type: "server", message: fileMessage });
      setFormError(applyServerError({ ...result.error, fields: withoutFileFields(result.error.fields) }, setError, FIELD_NAMES));
    }
  };

  // A review a year after signing is the usual choice; offered when the signed date is entered and the review date is still empty.
  const suggestReview = () => {
    const signed = getValues("signedDate");
    if (isCalendarDate(signed) && getValues("reviewDate") === "") setValue("reviewDate", addCalendarDays(signed, 365));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <FormAlert message={formError} />
      <p>Saving marks the BAA with {vendor.name} as signed and keeps the copy, encrypted, in the vault.</p>
      <Field label="Signed on" hint="The date on the signed agreement (the later signature, if they differ)." error={errors.signedDate?.message}>
        {(control) => <input {...control} {...register("signedDate", { onBlur: suggestReview })} type="date" className="vendor-input-date" autoFocus />}
      </Field>
      <Field label="Review or renewal date" hint="When to check it still fits what the vendor does; a year after signing is usual." error={errors.reviewDate?.message}>
        {(control) => <input {...control} {...register("reviewDate")} type="date" className="vendor-input-date" />}
      </Field>
      <Field label="Signed BAA file" hint="A PDF, a scan (PNG or JPG) or a Word file, up to 20 MB." error={errors.file?.message}>
        {(control) => <input {...control} {...register("file")} type="file" accept={BAA_FILE_ACCEPT} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save the signed BAA"}
        </button>
      </div>
    </form>
  );
}

function withoutFileFields(fields: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fields) return undefined;
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !key.startsWith("file.")));
}
