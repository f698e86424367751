// The standard normal CDF by Marsaglia's Taylor series (G. Marsaglia, "Evaluating the Normal
// Distribution", Journal of Statistical Software 11(4), 2004): Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/15 + …),
// absolute error near double precision for |x| < 8; beyond ±38 the result is exactly 0 or 1.

// ln √(2π)
const LOG_SQRT_2PI = 0.9189385332046728;

/** Φ(x), the standard normal cumulative distribution function. */
export function standardNormalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < -38) return 0;
  if (x > 38) return 1;
  const q = x * x;
  let sum = x;
  let term = x;
  let previous = 0;
  for (let i = 1; sum !== previous; ) {
    previous = sum;
    i += 2;
    term *= q / i;
    sum = previous + term;
  }
  const value = 0.5 + sum * Math.exp(-0.5 * q - LOG_SQRT_2PI);
  return Math.min(1, Math.max(0, value));
}

/**
 * P(X ≤ x) for X normal with the given mean and standard deviation. A standard deviation of 0 is
 * a point mass at the mean: 1 when x ≥ mean, else 0.
 */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  if (sd < 0 || Number.isNaN(sd)) throw new RangeError(`a standard deviation must be ≥ 0, got ${sd}`);
  if (sd === 0) return x >= mean ? 1 : 0;
  return standardNormalCdf((x - mean) / sd);
}
