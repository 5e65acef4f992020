import { VendorEditPage, VendorNewPage } from "./VendorFormPage";
import { VendorList } from "./VendorList";
import { VendorPage } from "./VendorPage";
import { useVendorRoute } from "./vendorRoute";

/** Vendors & BAAs: the register of business associates and their agreements, 45 CFR 164.308(b) and 164.314(a). */
export function VendorsScreen() {
  const route = useVendorRoute();
  if (route.view === "new") return <VendorNewPage />;
  if (route.view === "edit") return <VendorEditPage key={route.vendorId} vendorId={route.vendorId} />;
  if (route.view === "vendor") return <VendorPage key={route.vendorId} vendorId={route.vendorId} />;
  return <VendorList />;
}
