// The region's key figures from the foundation data (organisations and councils).

export interface RegionFactsInput {
  municipalities: ReadonlyArray<{ inhabitants: number; youthPopulation: number | null }>;
  providers: ReadonlyArray<{
    councilRequired: boolean;
    councils: ReadonlyArray<{ regulationAdoptedOn: string | null }>;
    municipalities: ReadonlyArray<unknown>;
  }>;
}

export interface RegionFacts {
  municipalities: number;
  inhabitants: number;
  youth: number;
  providers: number;
  obliged: number;
  obligedWithCouncil: number;
  obligedWithCouncilAndRegulation: number;
  /** Pillar 1 indicator: obliged providers with a council that has an adopted regulation; null for 0 of 0. */
  councilAndRegulationShare: number | null;
}

/** Counts over the providers contracted in the region (a provider without a contract is not the region's). */
export function toRegionFacts(input: RegionFactsInput): RegionFacts {
  const providers = input.providers.filter((p) => p.municipalities.length > 0);
  const obliged = providers.filter((p) => p.councilRequired);
  const withCouncil = obliged.filter((p) => p.councils.length > 0);
  const complete = withCouncil.filter((p) => p.councils.some((c) => c.regulationAdoptedOn !== null));
  return {
    municipalities: input.municipalities.length,
    inhabitants: input.municipalities.reduce((sum, m) => sum + m.inhabitants, 0),
    youth: input.municipalities.reduce((sum, m) => sum + (m.youthPopulation ?? 0), 0),
    providers: providers.length,
    obliged: obliged.length,
    obligedWithCouncil: withCouncil.length,
    obligedWithCouncilAndRegulation: complete.length,
    councilAndRegulationShare: obliged.length > 0 ? complete.length / obliged.length : null,
  };
}
