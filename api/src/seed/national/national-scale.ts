// The scale of a generated national data set, and the marks that tell generated data from real data.

export interface NationalScale {
  regions: number;
  municipalities: number;
  providers: number;
  requests: number;
  actions: number;
  activities: number;
  measurements: number;
  /** Salt of every pseudo-random draw: the same seed and scale give the same rows. */
  seed: number;
}

/** PRODUCT.md §6: the whole country. */
export const NATIONAL_SCALE: NationalScale = {
  regions: 42,
  municipalities: 342,
  providers: 3000,
  requests: 1_000_000,
  actions: 50_000,
  activities: 200_000,
  measurements: 10_000,
  seed: 20_261_123,
};

/** Generated region codes: GEN-01 … GEN-99 (no real youth-care region uses them). */
export const GENERATED_REGION_CODE = /^GEN-[0-9]{2}$/;
/** Generated municipalities: GM5001 … GM5899 current, GM59xx former; CBS has never used GM5xxx. */
export const GENERATED_CBS_PREFIX = 'GM5';
/** Generated providers: KvK numbers starting 88 (the demo data uses 9…). */
export const GENERATED_KVK_PREFIX = '88';
/** Generated users and core group members. */
export const GENERATED_EMAIL_DOMAIN = 'national.generated.example';
/** Every generated name carries this mark. */
export const GENERATED_MARK = '(gegenereerd)';

export const SCALE_LIMITS: Record<Exclude<keyof NationalScale, 'seed'>, [min: number, max: number]> = {
  regions: [1, 99],
  municipalities: [1, 899],
  providers: [1, 999_999],
  requests: [0, 50_000_000],
  actions: [0, 5_000_000],
  activities: [0, 20_000_000],
  measurements: [0, 5_000_000],
};

/** Parses `--requests 1000000 --providers 300 …` on top of the national defaults. */
export function parseScale(argv: readonly string[], base: NationalScale = NATIONAL_SCALE): NationalScale {
  const scale: NationalScale = { ...base };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!flag.startsWith('--')) throw new Error(`Onbekend argument "${flag}"`);
    const [name, inline] = flag.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'replace') continue;
    const raw = inline ?? argv[++i];
    if (!(name in scale)) throw new Error(`Onbekende vlag --${name}`);
    const value = Number(raw);
    if (!Number.isInteger(value)) throw new Error(`--${name} vraagt een geheel getal, kreeg "${raw}"`);
    if (name !== 'seed') {
      const [min, max] = SCALE_LIMITS[name as keyof typeof SCALE_LIMITS];
      if (value < min || value > max) throw new Error(`--${name} moet tussen ${min} en ${max} liggen`);
    }
    scale[name as keyof NationalScale] = value;
  }
  return scale;
}
