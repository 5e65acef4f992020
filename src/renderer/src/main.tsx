import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/reports.css";
import "./styles/backup.css";
import "./styles/riskGrid.css";
import "./styles/dashboard.css";
import "./styles/risk.css";
import "./styles/incidents.css";
import "./styles/vendors.css";
import "./styles/assessment.css";
import "./styles/policies.css";
import "./styles/workforce.css";
import "./styles/tasks.css";
import "./styles/print.css";

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element.");

createRoot(root).render(
  <StrictMode>
    <App api={window.safeguard} />
  </StrictMode>,
);
