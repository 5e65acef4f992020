import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { passwordSchema } from "../../../../shared/model/account";
import type { CertificateInfo, MyCertificates } from "../../../../shared/model/reports";
import type { AppError } from "../../../../shared/result";
import { formatTableMoment } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { downloadBase64, downloadText } from "../../files/download";
import { applyServerError } from "../../forms/serverErrors";

const renewSchema = z.object({ password: passwordSchema });
type RenewValues = z.infer<typeof renewSchema>;

/**
 * The signed-in person's signing certificate: what to give an auditor, and how to replace it. The first
 * signature makes one, so it is read again whenever `signaturesMade` changes.
 */
export function CertificateSection({ signaturesMade }: { signaturesMade: number }) {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const id = useId();
  const [certificates, setCertificates] = useState<MyCertificates | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [renewed, setRenewed] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void invoke("certificate.get", {}).then((result) => {
      if (!live) return;
      if (result.ok) setCertificates(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, reloads, signaturesMade]);

  const current = certificates?.current ?? null;
  const zone = practice?.timeZone ?? "UTC";
  return (
    <section className="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your signing certificate</h2>
      <p>
        Reports you sign carry this certificate. Give the certificate file to an auditor so their PDF reader can trust your signature. Its private key never leaves
        the encrypted vault.
      </p>
      <FormAlert message={error} />
      <StatusMessage>{renewed}</StatusMessage>
      {current ? <CertificateFacts certificate={current} zone={zone} /> : <p>You have no signing certificate yet. One is made when you first sign a report.</p>}
      {session.user.role === "administrator" ? (
        <RenewForm
          hasCurrent={current !== null}
          onRenew={async (values) => {
            setRenewed(null);
            const result = await invoke("certificate.renew", values);
            if (!result.ok) return result.error;
            setRenewed(`Your new certificate (serial ${result.value.serialNumber}) is ready. Reports signed earlier still verify with the old one.`);
            setReloads((n) => n + 1);
            return null;
          }}
        />
      ) : null}
      {certificates && certificates.previous.length > 0 ? (
        <details>
          <summary>Earlier certificates ({certificates.previous.length})</summary>
          <ul>
            {certificates.previous.map((certificate) => (
              <li key={certificate.serialNumber}>
                Serial {certificate.serialNumber}, replaced {certificate.replacedAt ? formatTableMoment(certificate.replacedAt, zone) : "—"}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function CertificateFacts({ certificate, zone }: { certificate: CertificateInfo; zone: string }) {
  return (
    <>
      <dl className="report-facts">
        <dt>Issued to</dt>
        <dd>
          {certificate.subject.commonName}
          {certificate.subject.title ? `, ${certificate.subject.title}` : ""}
        </dd>
        <dt>Serial number</dt>
        <dd>
          <code className="report-hash">{certificate.serialNumber}</code>
        </dd>
        <dt>SHA-256 fingerprint</dt>
        <dd>
          <code className="report-hash">{certificate.fingerprintSha256}</code>
        </dd>
        <dt>Valid until</dt>
        <dd>{formatTableMoment(certificate.notAfter, zone)}</dd>
      </dl>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => downloadBase64(`${certificate.fileStem}.cer`, certificate.derBase64, "application/pkix-cert")}>
          Save certificate (.cer)
        </button>
        <button type="button" className="button-secondary" onClick={() => downloadText(`${certificate.fileStem}.pem`, certificate.pem, "application/x-pem-file")}>
          Save as PEM
        </button>
      </div>
    </>
  );
}

function RenewForm({ hasCurrent, onRenew }: { hasCurrent: boolean; onRenew: (values: RenewValues) => Promise<AppError | null> }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RenewValues, unknown, RenewValues>({ resolver: zodResolver(renewSchema), defaultValues: { password: "" } });
  const submit = async (values: RenewValues) => {
    setFormError(null);
    const error = await onRenew(values);
    reset();
    if (error) setFormError(applyServerError(error, setError, ["password"]));
  };
  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={hasCurrent ? "Renew my certificate" : "Create my certificate"} className="report-renew-form">
      <FormAlert message={formError} />
      <Field label="Your password" error={errors.password?.message}>
        {(control) => <input {...control} {...register("password")} type="password" autoComplete="current-password" />}
      </Field>
      <button type="submit" className="button-secondary" disabled={isSubmitting}>
        {hasCurrent ? "Renew my certificate" : "Create my certificate"}
      </button>
    </form>
  );
}
