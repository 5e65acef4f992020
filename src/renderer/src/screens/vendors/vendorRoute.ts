import { useEffect, useState } from "react";

/**
 * Where in the Vendors area the address points: "#/vendors" is the register, "#/vendors/new" the
 * form for a new vendor, "#/vendors/<id>" one vendor's page and "#/vendors/<id>/edit" its details
 * form. Links change the address, so the Back button works.
 */
export type VendorRoute = { view: "list" } | { view: "new" } | { view: "vendor"; vendorId: string } | { view: "edit"; vendorId: string };

export function vendorRouteFromHash(hash: string): VendorRoute {
  const [, second, third] = hash.replace(/^#\/?/, "").split("/");
  if (!second) return { view: "list" };
  if (second === "new") return { view: "new" };
  return third === "edit" ? { view: "edit", vendorId: second } : { view: "vendor", vendorId: second };
}

export const vendorsHref = "#/vendors";
export const newVendorHref = "#/vendors/new";
export const vendorHref = (vendorId: string) => `#/vendors/${vendorId}`;
export const editVendorHref = (vendorId: string) => `#/vendors/${vendorId}/edit`;

export function goToVendorRoute(href: string): void {
  window.location.hash = href;
}

export function useVendorRoute(): VendorRoute {
  const [route, setRoute] = useState<VendorRoute>(() => vendorRouteFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(vendorRouteFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
