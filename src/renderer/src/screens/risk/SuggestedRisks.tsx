import { useEffect, useState } from "react";
import type { RiskAsset, RiskPairSuggestion } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { SuggestionsForm } from "./SuggestionsForm";

/**
 * risk.pairs.suggest: the risks offices like this one usually face for this kind of asset, read when
 * the list is opened. Opened from the start while the asset has no risks yet.
 */
export function SuggestedRisks({ asset, openAtStart }: { asset: RiskAsset; openAtStart: boolean }) {
  const invoke = useInvoke();
  const [open, setOpen] = useState(openAtStart);
  const [suggestions, setSuggestions] = useState<RiskPairSuggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Each answer gets a fresh checklist; the list is read again whenever the asset's risks change.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void invoke("risk.pairs.suggest", { assetId: asset.id }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setSuggestions(result.value);
        setVersion((n) => n + 1);
      }
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, asset.id, asset.pairCount, open]);

  const waiting = suggestions ? suggestions.filter((suggestion) => !suggestion.alreadyAdded).length : null;
  const added = (count: number) =>
    setMessage(`Added ${count === 1 ? "1 risk" : `${count} risks`} to ${asset.name}. Rate ${count === 1 ? "it" : "them"} in the list above.`);
  return (
    <details className="disclosure" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{`Suggested risks for ${asset.name}${waiting === null ? "" : ` (${waiting} not added yet)`}`}</summary>
      <FormAlert message={error} />
      <StatusMessage>{message}</StatusMessage>
      {suggestions ? (
        <SuggestionsForm key={version} asset={asset} suggestions={suggestions} onAdded={added} />
      ) : open ? (
        <p>Loading…</p>
      ) : null}
    </details>
  );
}
