import binomial from '@stdlib/random-base-binomial';

/**
 * Seeded binomial draws that are exact at any mean. @stdlib/random-base-binomial 0.2.2 draws by inversion
 * below a mean of 10 and by BTPE above it, and its BTPE is biased (20 trials at 0.5: mean 10.55, variance
 * 4.2 instead of 10 and 5; 1,500 at 1.2 %: mean 18.5 instead of 18). A sum of independent binomials of
 * one share is binomial, so larger draws are summed from chunks that stay below a mean of 10.
 */
export function binomialSampler(seed: number): (trials: number, share: number) => number {
  const draw = binomial.factory({ seed });
  return (trials, share) => {
    if (trials <= 0 || share <= 0) return 0;
    if (share >= 1) return trials;
    const chunk = Math.max(1, Math.floor(9.99 / Math.min(share, 1 - share)));
    let sum = 0;
    for (let left = trials; left > 0; left -= chunk) sum += draw(Math.min(chunk, left), share);
    return sum;
  };
}
