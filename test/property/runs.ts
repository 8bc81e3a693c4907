/**
 * How many runs a property gets: the number given, scaled by `BILATERAL_PROPERTY_RUNS_SCALE` (default 1). The
 * time-zone re-runs of the suite (`npm run test:tz`) use a quarter of the runs, with new random seeds.
 */
export function runs(count: number): number {
  const scale = Number(process.env.BILATERAL_PROPERTY_RUNS_SCALE ?? "1");
  return Math.max(5, Math.round(count * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
