import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import { practiceProfileSchema, type PracticeProfile, type PracticeProfileInput } from "../../../../shared/model/practice";
import type { AppError } from "../../../../shared/result";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { applyServerError } from "../../forms/serverErrors";
import { browserTimeZone } from "../../forms/timeZones";
import { PracticeFields } from "./PracticeFields";

const PRACTICE_FIELDS = Object.keys(practiceProfileSchema.shape);

export const EMPTY_PRACTICE: PracticeProfileInput = {
  name: "",
  kind: "" as PracticeProfileInput["kind"],
  address: "",
  timeZone: browserTimeZone(),
  workforceCount: "",
  securityOfficial: "",
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
};

interface PracticeStepProps {
  initial: PracticeProfileInput;
  /** A refusal of vault.create that concerns these fields, shown when the user is sent back here. */
  serverError: AppError | null;
  onNext: (practice: PracticeProfile) => void;
}

/** Setup, step 1: who the practice is. */
export function PracticeStep({ initial, serverError, onNext }: PracticeStepProps) {
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors },
  } = useForm<PracticeProfileInput, unknown, PracticeProfile>({ resolver: zodResolver(practiceProfileSchema), defaultValues: initial });
  const timeZone = useWatch({ control, name: "timeZone" });

  useEffect(() => {
    if (serverError) applyServerError(serverError, setError, PRACTICE_FIELDS, "practice.");
  }, [serverError, setError]);

  return (
    <form onSubmit={handleSubmit(onNext)} noValidate aria-labelledby="step-title">
      <p className="step-indicator">Step 1 of 3</p>
      <PageHeading level={2} id="step-title">
        Your practice
      </PageHeading>
      <p>These details appear on your reports and decide which requirements apply to you. You can change them later in Settings.</p>
      <FormAlert message={serverError?.message} />
      <PracticeFields register={register} errors={errors} timeZone={timeZone ?? initial.timeZone} />
      <div className="button-row">
        <button type="submit" className="button-primary">
          Next: the first Administrator
        </button>
      </div>
    </form>
  );
}
