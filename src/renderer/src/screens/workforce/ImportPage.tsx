import { useId, useRef, useState, type ChangeEvent } from "react";
import { MAX_IMPORT_CSV_CHARS, type ImportPreview } from "../../../../shared/model/workforce";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { useWorkforcePermissions } from "./useWorkforceData";
import { WorkforceNav } from "./WorkforceNav";
import { personHref, rosterHref } from "./workforceRoute";

/**
 * The roster from a spreadsheet saved as CSV. The file is read here and checked by the main process,
 * which shows every row and what is wrong with the bad ones; nothing is added until the user confirms.
 */
export function ImportPage() {
  const invoke = useInvoke();
  const { editable } = useWorkforcePermissions();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<{ id: string; fullName: string }[] | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(null);
    setPreview(null);
    setAdded(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    if (file.size > MAX_IMPORT_CSV_CHARS * 4) return setError("That file is larger than 1 MB. A roster file is much smaller; check that it is the right file.");
    setBusy(true);
    try {
      const csvText = await file.text();
      const result = await invoke("workforce.import.preview", { csvText });
      if (result.ok) setPreview(result.value);
      else setError(result.error.message);
    } catch {
      setError(`"${file.name}" could not be read. Choose it again.`);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!preview) return;
    setError(null);
    setBusy(true);
    const rows = preview.rows.flatMap((row) => (row.row ? [row.row] : []));
    const result = await invoke("workforce.import.commit", { rows });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setAdded(result.value.added.map(({ id, fullName }) => ({ id, fullName })));
    setPreview(null);
    setFileName(null);
    if (input.current) input.current.value = "";
  };

  const cancel = () => {
    setPreview(null);
    setFileName(null);
    setError(null);
    if (input.current) input.current.value = "";
  };

  return (
    <>
      <PageHeading>Import the roster from a CSV file</PageHeading>
      <WorkforceNav current="import" />
      <section className="workforce-section" aria-labelledby="import-how-heading">
        <h2 id="import-how-heading">How to prepare the file</h2>
        <p>
          In your spreadsheet, put the column names in the first row and one person per row below, then save it as CSV (“Comma-separated values”). The
          columns Safeguard Desk reads are:
        </p>
        <ul>
          <li>
            <strong>Name</strong> (or <strong>First name</strong> and <strong>Last name</strong>): required.
          </li>
          <li>
            <strong>Hire date</strong>: required, written 2026-03-01 or 3/1/2026.
          </li>
          <li>
            <strong>Job title</strong>, <strong>Termination date</strong> and <strong>Username</strong> (their Safeguard Desk account, if they have one):
            optional.
          </li>
        </ul>
        <p>Other columns are left out. Nothing is added to the roster until you have seen every row and confirmed.</p>
      </section>

      {!editable ? <p className="read-only-note">Your role is Read-only: you cannot import people.</p> : null}
      {editable ? (
        <div className="field">
          <label htmlFor={inputId}>CSV file to import</label>
          <p id={`${inputId}-hint`} className="hint">
            The file is read on this computer and checked row by row.
          </p>
          <input ref={input} id={inputId} type="file" accept=".csv,text/csv" aria-describedby={`${inputId}-hint`} onChange={(event) => void choose(event)} disabled={busy} />
        </div>
      ) : null}
      <FormAlert message={error} />
      <StatusMessage>{busy ? "Working…" : null}</StatusMessage>
      {added ? <ImportDone added={added} /> : null}
      {preview ? <PreviewTable preview={preview} fileName={fileName ?? "the file"} busy={busy} onCommit={() => void commit()} onCancel={cancel} /> : null}
    </>
  );
}

function ImportDone({ added }: { added: { id: string; fullName: string }[] }) {
  return (
    <div role="status" className="alert alert-success">
      <p>
        {added.length} {added.length === 1 ? "person was" : "people were"} added to the roster:{" "}
        {added.map((person, index) => (
          <span key={person.id}>
            {index > 0 ? ", " : ""}
            <a href={personHref(person.id)}>{person.fullName}</a>
          </span>
        ))}
        .
      </p>
      <p>
        <a href={rosterHref()}>Back to the roster</a>
      </p>
    </div>
  );
}

function PreviewTable({ preview, fileName, busy, onCommit, onCancel }: { preview: ImportPreview; fileName: string; busy: boolean; onCommit: () => void; onCancel: () => void }) {
  if (preview.fileProblems.length > 0) {
    return (
      <div role="alert" className="alert alert-error">
        <p>“{fileName}” cannot be imported:</p>
        <ul>
          {preview.fileProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p>Nothing was added. Fix the file in the spreadsheet, save it as CSV again, and choose it here.</p>
      </div>
    );
  }
  return (
    <section className="workforce-section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview of “{fileName}”</h2>
      <p className={preview.badCount > 0 ? "alert alert-warning" : "alert alert-success"} role="status">
        {preview.goodCount} {preview.goodCount === 1 ? "row is" : "rows are"} ready to add
        {preview.badCount > 0 ? `, and ${preview.badCount} ${preview.badCount === 1 ? "row has" : "rows have"} a problem and will be left out` : ""}. Nothing
        has been added yet.
      </p>
      {preview.ignoredColumns.length > 0 ? <p className="hint">These columns are not read: {preview.ignoredColumns.join(", ")}.</p> : null}
      <div className="table-wrap">
        <table className="data-table import-table">
          <caption className="visually-hidden">Every row of the file and whether it can be added</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              <th scope="col">Name</th>
              <th scope="col">Job title</th>
              <th scope="col">Hire date</th>
              <th scope="col">Last day</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.rowNumber} className={row.row ? "import-good" : "import-bad"}>
                <th scope="row" className="numeric">
                  {row.rowNumber}
                </th>
                <td>{row.row?.fullName ?? (row.nameAsWritten || "(no name)")}</td>
                <td>{row.row?.jobTitle ?? ""}</td>
                <td className="nowrap">{row.row ? formatDay(row.row.hireDate) : ""}</td>
                <td className="nowrap">{row.row?.terminationDate ? formatDay(row.row.terminationDate) : ""}</td>
                <td>
                  {row.row ? (
                    <span className="import-ok">Ready to add{row.row.username ? ` (account ${row.row.username})` : ""}</span>
                  ) : (
                    <ul className="import-problems">
                      {row.problems.map((problem) => (
                        <li key={problem}>{problem}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row button-row-start">
        <button type="button" className="button-primary" onClick={onCommit} disabled={busy || preview.goodCount === 0}>
          Add {preview.goodCount} {preview.goodCount === 1 ? "person" : "people"} to the roster
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel the import
        </button>
      </div>
    </section>
  );
}
