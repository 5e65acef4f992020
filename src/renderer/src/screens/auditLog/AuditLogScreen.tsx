import { useEffect, useState } from "react";
import type { AuditFilter, AuditPage } from "../../../../shared/model/audit";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { AuditFilters } from "./AuditFilters";
import { AuditPager } from "./AuditPager";
import { AuditTable } from "./AuditTable";
import { downloadText } from "../../files/download";
import { IntegrityResult, useIntegrityCheck } from "./IntegrityCheck";

export const AUDIT_PAGE_SIZE = 100;

/** Who did what and when: audit controls and activity review, 45 CFR 164.312(b) and 164.308(a)(1)(ii)(D). */
export function AuditLogScreen() {
  const invoke = useInvoke();
  const { practice } = useSession();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  // Exporting is itself logged, so the list is read again afterwards.
  const [reloads, setReloads] = useState(0);
  const integrity = useIntegrityCheck();

  useEffect(() => {
    let live = true;
    void invoke("audit.list", { filter, offset, limit: AUDIT_PAGE_SIZE }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPage(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, filter, offset, reloads]);

  const exportCsv = async () => {
    setExported(null);
    const result = await invoke("audit.exportCsv", { filter });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadText(result.value.fileName, result.value.csv, "text/csv;charset=utf-8");
    setExported(`The log was exported as ${result.value.fileName}.`);
    setReloads((n) => n + 1);
  };

  return (
    <div className="page page-wide">
      <PageHeading>Audit log</PageHeading>
      <p className="lead">Every change made in Safeguard Desk, and every sign-in and failed sign-in, with who did it and when. Entries cannot be edited or deleted.</p>
      <AuditFilters
        onApply={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      <div className="toolbar">
        <p className="count" aria-live="polite">
          {page ? `${page.total} ${page.total === 1 ? "entry" : "entries"}` : "Loading…"}
        </p>
        <div className="toolbar-actions">
          <button type="button" className="button-secondary" onClick={integrity.check} disabled={integrity.busy}>
            {integrity.busy ? "Checking…" : "Check the log's integrity"}
          </button>
          <button type="button" className="button-secondary" onClick={exportCsv}>
            Export CSV
          </button>
        </div>
      </div>
      <IntegrityResult outcome={integrity.outcome} error={integrity.error} />
      <StatusMessage>{exported}</StatusMessage>
      <FormAlert message={error} />
      {page ? (
        <>
          <AuditTable entries={page.entries} timeZone={practice?.timeZone} />
          <AuditPager offset={offset} pageSize={AUDIT_PAGE_SIZE} total={page.total} onPage={setOffset} />
        </>
      ) : null}
    </div>
  );
}
