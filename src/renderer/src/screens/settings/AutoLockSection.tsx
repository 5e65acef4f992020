import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { appSettingsSchema, type AppSettings } from "../../../../shared/model/settings";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { AdminOnlyNote } from "./AdminOnlyNote";
import { mayUse } from "./permissions";
import { SettingsSection } from "./SettingsSection";

type AutoLockInput = { idleLockMinutes: unknown };

/** How long the app waits without input before it locks: automatic logoff, 45 CFR 164.312(a)(2)(iii). */
export function AutoLockSection() {
  const invoke = useInvoke();
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void invoke("settings.get", {}).then((result) => {
      if (!live) return;
      if (result.ok) setSettings(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);
  return (
    <SettingsSection title="Automatic lock">
      <FormAlert message={loadError} />
      {settings ? <AutoLockForm settings={settings} /> : loadError ? null : <p>Loading…</p>}
    </SettingsSection>
  );
}

function AutoLockForm({ settings }: { settings: AppSettings }) {
  const invoke = useInvoke();
  const { session, refreshSession } = useSession();
  const editable = mayUse(session, "admin");
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AutoLockInput, unknown, AppSettings>({ resolver: zodResolver(appSettingsSchema), defaultValues: settings });

  const submit = async (values: AppSettings) => {
    setFormError(null);
    setSaved(null);
    const result = await invoke("settings.update", values);
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["idleLockMinutes"]));
      return;
    }
    setSaved(result.value.idleLockMinutes);
    await refreshSession();
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Automatic lock">
      <p>When nobody touches the keyboard or mouse for this long, Safeguard Desk locks itself so that an unattended screen does not show patient information.</p>
      <AdminOnlyNote session={session} what="the automatic lock" />
      <FormAlert message={formError} />
      <fieldset className="plain-fieldset" disabled={!editable}>
        <Field label="Lock after this many minutes without activity" hint="Between 1 and 60 minutes." error={errors.idleLockMinutes?.message}>
          {(control) => <input {...control} {...register("idleLockMinutes")} type="number" inputMode="numeric" min={1} max={60} className="input-short" />}
        </Field>
      </fieldset>
      {editable ? (
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={isSubmitting}>
            Save the automatic lock
          </button>
        </div>
      ) : null}
      <StatusMessage>{saved !== null ? `Saved. The app now locks after ${saved} ${saved === 1 ? "minute" : "minutes"} without activity.` : null}</StatusMessage>
    </form>
  );
}
