import { useState } from "react";
import { PageHeading } from "../../components/PageHeading";
import { RestoreFlow } from "../backup/RestoreFlow";

interface NewerVersionScreenProps {
  folder: string;
}

/**
 * The vault was saved by a newer version of Safeguard Desk. Nothing is wrong with it, so there is no
 * offer to move it aside and start again: that would leave the practice with two sets of records. The
 * way out is the newer version; a backup made by this version is the fallback.
 */
export function NewerVersionScreen({ folder }: NewerVersionScreenProps) {
  const [restoring, setRestoring] = useState(false);
  return (
    <main className="single-card-page">
      <div className="card card-wide">
        <PageHeading>This vault needs a newer version of Safeguard Desk</PageHeading>
        <div className="alert alert-warning">
          <p>
            This vault was saved by a newer version of Safeguard Desk than the one on this computer. Nothing is wrong with it: this version cannot open it, and has
            not changed it.
          </p>
        </div>
        <h2>What to do</h2>
        <p>
          Install the newer version of Safeguard Desk on this computer (your IT provider can do this), then sign in as usual. Every record will be there.
        </p>
        <p>The vault folder is:</p>
        <p className="path">{folder}</p>
        <h2>If this computer must stay on this version</h2>
        {restoring ? (
          <RestoreFlow onCancel={() => setRestoring(false)} onRestored={() => window.location.reload()} />
        ) : (
          <>
            <p>
              You can restore a backup that was made with this version. Anything recorded since that backup was made will not be in it; the vault in the folder
              now is moved aside, not deleted.
            </p>
            <div className="button-row button-row-start">
              <button type="button" className="button-secondary" onClick={() => setRestoring(true)}>
                Restore a backup made by this version…
              </button>
            </div>
          </>
        )}
      </div>
    </main>
  );
}
