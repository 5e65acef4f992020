// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AREAS, areaFromHash, sectionFromHash } from "../../src/renderer/src/frame/areas";
import { MainNav } from "../../src/renderer/src/frame/MainNav";

afterEach(cleanup);

describe("the main navigation", () => {
  it("lists every area as a link and marks only the current one with aria-current=page", () => {
    render(<MainNav current="audit-log" />);
    const nav = screen.getByRole("navigation", { name: "Main" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(AREAS.map((area) => area.label));
    const current = links.filter((link) => link.getAttribute("aria-current") === "page");
    expect(current.map((link) => link.textContent)).toEqual(["Audit log"]);
    expect(within(nav).getByRole("link", { name: "Audit log" }).getAttribute("href")).toBe("#/audit-log");
  });

  it("reads the area (and a section) from the address, falling back to the Dashboard", () => {
    expect(areaFromHash("#/settings")).toBe("settings");
    expect(areaFromHash("#/settings/recovery-key")).toBe("settings");
    expect(sectionFromHash("#/settings/recovery-key")).toBe("recovery-key");
    expect(sectionFromHash("#/settings")).toBeNull();
    expect(areaFromHash("")).toBe("dashboard");
    expect(areaFromHash("#/no-such-area")).toBe("dashboard");
  });
});
