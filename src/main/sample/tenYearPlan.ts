/**
 * How big the grown practice is. Every count is a total for the vault, the sample practice's own
 * records included: the growth adds what is missing to reach it.
 */
export interface TenYearPlan {
  /** The same seed makes the same practice. */
  seed: number;
  /** Yearly assessments and risk analyses, the sample's two (last year and this year) included. */
  years: number;
  /** Everyone on the roster over the years, hired and (most of them) gone again. */
  people: number;
  vendors: number;
  /** Risks in this year's analysis. */
  latestRisks: number;
  trainingRecords: number;
  incidents: number;
  policyVersions: number;
  /** Bytes of attached files (evidence, signed BAAs, certificates, task evidence); files are at most 20 MB each. */
  attachmentBytes: number;
  auditEntries: number;
}

export const MB = 1024 * 1024;

/** The ten-year practice of issue 9. */
export const TEN_YEAR_PLAN: TenYearPlan = {
  seed: 20_160_104,
  years: 10,
  people: 60,
  vendors: 40,
  latestRisks: 300,
  trainingRecords: 3_000,
  incidents: 60,
  policyVersions: 200,
  attachmentBytes: 500 * MB,
  auditEntries: 1_000_000,
};

/**
 * A practice of `years` years: the ten-year counts scaled to the years, so `--years 3` makes a
 * practice three years old rather than a ten-year one squeezed into three.
 */
export function planForYears(years: number, overrides: Partial<TenYearPlan> = {}): TenYearPlan {
  if (!Number.isInteger(years) || years < 2 || years > 30) throw new Error("A grown practice has from 2 to 30 years of history.");
  const share = (count: number) => Math.round((count * years) / TEN_YEAR_PLAN.years);
  return {
    seed: TEN_YEAR_PLAN.seed,
    years,
    people: share(TEN_YEAR_PLAN.people),
    vendors: share(TEN_YEAR_PLAN.vendors),
    latestRisks: share(TEN_YEAR_PLAN.latestRisks),
    trainingRecords: share(TEN_YEAR_PLAN.trainingRecords),
    incidents: share(TEN_YEAR_PLAN.incidents),
    policyVersions: share(TEN_YEAR_PLAN.policyVersions),
    attachmentBytes: share(TEN_YEAR_PLAN.attachmentBytes),
    auditEntries: share(TEN_YEAR_PLAN.auditEntries),
    ...overrides,
  };
}
