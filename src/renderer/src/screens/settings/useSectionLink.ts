import { useEffect } from "react";
import { sectionFromHash } from "../../frame/areas";

/**
 * Brings the section named in the address ("#/settings/recovery-key") into view and moves focus to its
 * heading, when the page opens and when such a link is followed while the page is already open.
 */
export function useSectionLink(): void {
  useEffect(() => {
    const reveal = () => {
      const section = sectionFromHash(window.location.hash);
      if (!section) return;
      const heading = document.querySelector<HTMLElement>(`[data-section="${CSS.escape(section)}"] h2`);
      heading?.scrollIntoView({ block: "start" });
      heading?.focus();
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, []);
}
