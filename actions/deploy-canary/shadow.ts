import type { ValuesTree } from '../../lib/helm';
import type { InputReader } from '../../lib/inputs';
import { isValuePath, setValue } from './canary-values';

/**
 * `weighted`: the canary serves its weight of the users. `shadow`: it serves no user and receives a copy
 * of `mirrorPercent` % of stable's requests (the chart renders the mirror; its answers are discarded).
 */
export interface CanaryMode {
  /** undefined: the input was not given and the chart's mode is left as it is. */
  mode?: 'weighted' | 'shadow';
  mirrorPercent: number;
  modeKey: string;
  mirrorPercentKey: string;
}

export const SHADOW_INPUTS = {
  mode: 'mode',
  mirrorPercent: 'mirror-percent',
  modeKey: 'canary-mode-key',
  mirrorPercentKey: 'mirror-percent-key',
} as const;

export function readCanaryMode(reader: InputReader): CanaryMode {
  const given = reader.optional(SHADOW_INPUTS.mode);
  const mode =
    given === undefined ? undefined : reader.oneOf(SHADOW_INPUTS.mode, ['weighted', 'shadow'], 'weighted');
  const percentText = reader.optional(SHADOW_INPUTS.mirrorPercent);
  const mirrorPercent =
    reader.number(SHADOW_INPUTS.mirrorPercent, { min: 1, max: 100, integer: true }) ?? 100;
  if (percentText !== undefined && mode !== 'shadow') {
    reader.problem(`input '${SHADOW_INPUTS.mirrorPercent}' applies to mode: shadow only`);
  }
  const key = (input: string, fallback: string) => {
    const value = reader.string(input, fallback);
    if (!isValuePath(value)) reader.invalid(input, 'a values path such as canary.mode', value);
    return value;
  };
  return {
    mode,
    mirrorPercent,
    modeKey: key(SHADOW_INPUTS.modeKey, 'canary.mode'),
    mirrorPercentKey: key(SHADOW_INPUTS.mirrorPercentKey, 'canary.mirrorPercent'),
  };
}

/** The user's values with the mode set (when the input was given); a shadow also gets its share. */
export function withCanaryMode(values: ValuesTree, mode: CanaryMode): ValuesTree {
  if (!mode.mode) return values;
  let out = setValue(values, mode.modeKey, mode.mode);
  if (mode.mode === 'shadow') out = setValue(out, mode.mirrorPercentKey, mode.mirrorPercent);
  return out;
}
