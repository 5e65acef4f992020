/** Made-up people and companies of the ten-year practice; any likeness to real ones is chance. */

export const FIRST_NAMES = [
  "Amber", "Andre", "Angela", "Ashley", "Beth", "Brandon", "Brianna", "Caleb", "Carmen", "Chloe", "Crystal", "Dana", "Danielle", "Darius",
  "Denise", "Derek", "Diana", "Elena", "Erica", "Gabriela", "Grace", "Heather", "Imani", "Isabel", "Jasmine", "Jenna", "Jessica", "Jordan",
  "Julia", "Kara", "Katie", "Kayla", "Kendra", "Kim", "Laura", "Lauren", "Leah", "Lena", "Lindsey", "Lisa", "Luis", "Maya", "Megan", "Melissa",
  "Mia", "Monica", "Nadia", "Natalie", "Nicole", "Nora", "Paige", "Rebecca", "Renee", "Rosa", "Samantha", "Sara", "Shawna", "Stephanie",
  "Tanya", "Tara", "Tiffany", "Trevor", "Valerie", "Vanessa", "Whitney", "Yvonne", "Zoe",
];

export const LAST_NAMES = [
  "Abbott", "Acosta", "Baker", "Barnes", "Bennett", "Brennan", "Caldwell", "Carver", "Castillo", "Chambers", "Coleman", "Daniels", "Delgado",
  "Duncan", "Ellison", "Farrell", "Fischer", "Fletcher", "Foster", "Garner", "Gibson", "Hale", "Hansen", "Harper", "Hayes", "Holt", "Ingram",
  "Jensen", "Keller", "Kim", "Lambert", "Lawson", "Lin", "Lucero", "Maddox", "Marsh", "Medina", "Mercer", "Morrow", "Nash", "Novak", "Ortega",
  "Pace", "Patel", "Pierce", "Quinn", "Ramos", "Reyes", "Rhodes", "Russo", "Salazar", "Shaw", "Sutton", "Tate", "Tran", "Vance", "Wade",
  "Walsh", "Warren", "Weber", "Whitaker", "Wolfe", "Yates", "Young",
];

/** The jobs that come and go in a dental office, with how likely each is among the people hired. */
export const JOBS: readonly { title: string; weight: number; hasAccount: boolean }[] = [
  { title: "Dental Assistant", weight: 5, hasAccount: false },
  { title: "Dental Hygienist", weight: 3, hasAccount: false },
  { title: "Front Desk Receptionist", weight: 4, hasAccount: true },
  { title: "Insurance and Billing Coordinator", weight: 2, hasAccount: true },
  { title: "Treatment Coordinator", weight: 1, hasAccount: true },
  { title: "Sterilization Technician", weight: 1, hasAccount: false },
  { title: "Associate Dentist", weight: 1, hasAccount: false },
  { title: "Temporary Receptionist", weight: 1, hasAccount: false },
];

export const TRAINERS = ["Dana Whitfield, Security Official", "Prairie Tech Solutions", "Dr. Ellen Park"];

export const ONLINE_COURSES = [
  "Dental Compliance Academy (online course)",
  "HIPAA Security Basics for Dental Teams (online course)",
  "Phishing Awareness Module (online course)",
  "Safe Handling of Patient Records (online course)",
];

/** Services a dental office buys, each with the kind of company that sells it and what it does with ePHI. */
export const VENDOR_SERVICES: readonly { suffix: string; services: string; ephi: readonly ("create" | "receive" | "maintain" | "transmit")[] }[] = [
  { suffix: "Dental Software", services: "Practice management software, hosted", ephi: ["create", "receive", "maintain", "transmit"] },
  { suffix: "Imaging Systems", services: "Imaging software support and remote repairs", ephi: ["receive", "maintain"] },
  { suffix: "IT Services", services: "Computer support, network and backups", ephi: ["receive", "maintain"] },
  { suffix: "Cloud Backup", services: "Online backup of the office server", ephi: ["maintain", "transmit"] },
  { suffix: "Claims Exchange", services: "Insurance claims clearinghouse", ephi: ["receive", "transmit"] },
  { suffix: "Patient Messaging", services: "Appointment reminders by text and e-mail", ephi: ["receive", "transmit"] },
  { suffix: "Shredding", services: "On-site shredding of paper records", ephi: ["receive"] },
  { suffix: "Dental Lab", services: "Crowns, bridges and appliances from impressions and scans", ephi: ["receive"] },
  { suffix: "Answering Service", services: "After-hours phone answering", ephi: ["create", "receive"] },
  { suffix: "Billing Partners", services: "Outsourced insurance billing and collections", ephi: ["receive", "maintain", "transmit"] },
  { suffix: "Records Storage", services: "Off-site storage of old paper charts", ephi: ["maintain"] },
  { suffix: "Copier Leasing", services: "Copier and scanner lease with service", ephi: ["maintain"] },
  { suffix: "E-Fax", services: "Internet fax service", ephi: ["receive", "transmit"] },
  { suffix: "Payment Processing", services: "Card payments at the front desk", ephi: [] },
  { suffix: "Janitorial", services: "Office cleaning after hours", ephi: [] },
];

export const VENDOR_NAME_WORDS = [
  "Abacus", "Allied", "Apex", "Beacon", "Bluestem", "Cardinal", "Cedar", "Clearwater", "Cornerstone", "Crestline", "Eagle", "Evergreen",
  "Frontier", "Gateway", "Granite", "Harbor", "Heartland", "Horizon", "Lakeside", "Landmark", "Liberty", "Lincoln", "Meridian", "Northstar",
  "Oakridge", "Pinnacle", "Prairie View", "Riverbend", "Sangamon", "Summit", "Sycamore", "Tri-County", "Union", "Vantage", "Westfield",
];
