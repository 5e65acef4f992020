import { useState } from "react";
import { PageHeading } from "../components/PageHeading";

/** Shown for the moment between opening the window and hearing from the vault. */
export function LoadingScreen() {
  return (
    <main className="single-card-page">
      <div className="card" role="status">
        <p>Opening Safeguard Desk…</p>
      </div>
    </main>
  );
}

/** The vault's status could not be read at all: say so and let the user try again. */
export function UnavailableScreen({ message, onRetry }: { message: string; onRetry: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  return (
    <main className="single-card-page">
      <div className="card">
        <PageHeading>Safeguard Desk cannot open its vault</PageHeading>
        <p role="alert">{message}</p>
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await onRetry();
            setBusy(false);
          }}
        >
          Try again
        </button>
      </div>
    </main>
  );
}
