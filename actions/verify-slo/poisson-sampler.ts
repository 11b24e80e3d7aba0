/**
 * Seeded Poisson(mean) draws for the drift bootstrap: Knuth's product method below a mean of 30, a
 * rounded normal approximation above it (the bootstrap needs only the spread). Written here rather than
 * taken from @stdlib, whose ~180 packages would double the bundle's size and licences.
 */
export function poissonSampler(seed: number): (mean: number) => number {
  let state = seed >>> 0;
  // mulberry32: a small, well-mixed 32-bit generator, enough for resampling weights.
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (mean) => {
    if (mean < 30) {
      const limit = Math.exp(-mean);
      let k = 0;
      for (let p = uniform(); p > limit; p *= uniform()) k += 1;
      return k;
    }
    const z = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  };
}
