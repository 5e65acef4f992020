import { useState } from "react";
import type { AppError, Result } from "../../../shared/result";
import { downloadBase64, readFileForUpload, type Base64File } from "./download";

/** One kind of attached file, through its own channels: the hook never knows which ones it calls. */
export interface AttachedFileChannels<Item> {
  attach: (upload: Base64File) => Promise<Result<{ fileName: string }>>;
  download: (item: Item) => Promise<Result<Base64File>>;
  remove: (item: Item) => Promise<Result<unknown>>;
}

export interface AttachedFileMessages {
  attached: (fileName: string) => string;
  removed: (fileName: string) => string;
  /** Said after a download, on the screens that say anything then. */
  downloaded?: (fileName: string) => string;
  /** How a refused attach reads; by default the main process's message alone. */
  attachFailed?: (error: AppError) => string;
  /** Said whenever reading or sending the file throws; by default the failure's own message. */
  unreadable?: string;
}

export interface AttachedFilesOptions<Item> extends AttachedFileChannels<Item> {
  /** What is wrong with a chosen file, checked before it is read. */
  problemWith: (file: File) => string | null;
  /**
   * "choose": the file is attached as soon as it is picked, and the picker is emptied after every try
   * so the same file can be picked again. "button": a button attaches the picked file, which stays
   * picked until the vault has it.
   */
  attachOn: "choose" | "button";
  messages: AttachedFileMessages;
  /**
   * After an attach or a removal: read the list again. `show` puts the message beside the list; a page
   * that has its own status line shows it there instead.
   */
  onChanged: (message: string, show: (message: string) => void) => Promise<void>;
}

/** Attach, download and remove for one list of files kept in the vault, with what the list says meanwhile. */
export function useAttachedFiles<Item extends { fileName: string }>(options: AttachedFilesOptions<Item>) {
  const { problemWith, attachOn, messages, onChanged } = options;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Item | null>(null);

  /** Attaches the file picked in `picker`, after checking it. */
  const attachChosenFile = async (picker: HTMLInputElement) => {
    const file = picker.files?.[0];
    const emptyPicker = () => {
      picker.value = "";
    };
    setError(null);
    setDone(null);
    if (!file) {
      if (attachOn === "button") setError("Choose a file first.");
      return;
    }
    const problem = problemWith(file);
    if (problem) {
      setError(problem);
      if (attachOn === "choose") emptyPicker();
      return;
    }
    setBusy(true);
    try {
      const result = await options.attach(await readFileForUpload(file));
      if (!result.ok) {
        setError(messages.attachFailed ? messages.attachFailed(result.error) : result.error.message);
        return;
      }
      if (attachOn === "button") emptyPicker();
      await onChanged(messages.attached(result.value.fileName), setDone);
    } catch (failure) {
      setError(messages.unreadable ?? (failure instanceof Error ? failure.message : "The file could not be read. Try attaching it again."));
    } finally {
      setBusy(false);
      if (attachOn === "choose") emptyPicker();
    }
  };

  const downloadFile = async (item: Item) => {
    setError(null);
    const result = await options.download(item);
    if (!result.ok) return setError(result.error.message);
    downloadBase64(result.value.fileName, result.value.contentBase64, result.value.mimeType);
    if (messages.downloaded) setDone(messages.downloaded(item.fileName));
  };

  /** For the confirm dialog: resolves to the message it shows when the vault refuses, or null. */
  const confirmRemoval = async (): Promise<string | null> => {
    if (!removing) return null;
    const result = await options.remove(removing);
    if (!result.ok) return result.error.message;
    setRemoving(null);
    await onChanged(messages.removed(removing.fileName), setDone);
    return null;
  };

  return {
    busy,
    error,
    done,
    /** The file the confirm dialog asks about, or null when it is closed. */
    removing,
    askToRemove: (item: Item) => setRemoving(item),
    cancelRemoval: () => setRemoving(null),
    attachChosenFile,
    downloadFile,
    confirmRemoval,
  };
}
