import { formatDuration } from '../../lib/durations';
import type { BinomialEvidence, SequentialDecision } from './sequential';
import type { SliSpec } from './sli';

/**
 * Reasons for the person on call: what happened, in requests and shares, and how sure the test is.
 * The test statistics stay in the sequential details (summary details, samples file).
 */
export function sequentialReason(
  sli: SliSpec,
  decision: SequentialDecision,
  referenceTrack?: string,
  /** Which counts, when not all of them: "latest half". */
  part?: string,
): string {
  const spec = sli.sequential;
  if (!spec || !decision.canary) {
    const outcome = { fail: 'failed', pass: 'passed', continue: 'is undecided' }[decision.decision];
    return `${sli.name} ${outcome}: ${decision.detail}`;
  }
  const outcome = decision.decision === 'fail' ? 'a regression' : 'within budget';
  const confidence =
    decision.confidence !== undefined ? `, with ${percent(decision.confidence)} confidence` : '';
  // Only the comparison's own decision carries the reference's counts: it is about the reference, budget or not.
  if (decision.reference) {
    return `${sli.name}: ${comparison(sli, decision.canary, decision.reference, referenceTrack)}: ${outcome}${confidence}`;
  }
  const which = part ? ` in the ${part} of the window` : '';
  return `${sli.name}: ${counted(sli, decision.canary)}${which} (budget ${percent(spec.budget!)}): ${outcome}${confidence}`;
}

/** The end-of-window judgement on the whole window's share, when the test had not decided. */
export function windowReason(sli: SliSpec, counts: BinomialEvidence, over: boolean): string {
  const spec = sli.sequential!;
  const verdict = over ? 'over budget' : 'within budget (the test could not be sure either way)';
  return `${sli.name}: ${counted(sli, counts)} over the whole window (budget ${percent(spec.budget!)}): ${verdict}`;
}

/** A comparison with the reference that its test did not decide by the end of the window. */
export function undecidedReason(
  sli: SliSpec,
  canary: BinomialEvidence,
  reference: BinomialEvidence | undefined,
  referenceTrack?: string,
): string {
  const against = reference ? comparison(sli, canary, reference, referenceTrack) : counted(sli, canary);
  return `${sli.name}: ${against}: not conclusively better or worse than ${referenceTrack ?? 'the reference'} by the end of the window, so no evidence that it is good`;
}

/** "7.0 % of 172 requests failed". */
export function counted(sli: SliSpec, counts: BinomialEvidence, whose = ''): string {
  const share = counts.total > 0 ? counts.bad / counts.total : 0;
  return `${shareText(share)} of ${requests(counts.total)} ${whose}request${counts.total === 1 ? '' : 's'} ${badVerb(sli)}`;
}

function comparison(
  sli: SliSpec,
  canary: BinomialEvidence,
  reference: BinomialEvidence,
  referenceTrack = 'reference',
): string {
  const allowed = `allowed ${Number((1 + sli.relative!.tolerance).toPrecision(3))} × ${referenceTrack} + ${percent(sli.sequential!.slack)}`;
  return `${counted(sli, canary, 'canary ')} against ${counted(sli, reference, `${referenceTrack} `)} (${allowed})`;
}

function badVerb(sli: SliSpec): string {
  const counts = sli.sequential!.counts;
  return counts.kind === 'errors' ? 'failed' : `took longer than ${formatDuration(counts.threshold * 1000)}`;
}

function requests(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** 7.0 %, 0.35 %: two significant digits, at least one decimal. */
function shareText(share: number): string {
  const x = share * 100;
  if (x === 0) return '0 %';
  return `${x >= 10 ? x.toFixed(1) : x.toPrecision(2)} %`;
}

/** A budget or confidence: as given, up to 3 significant digits ("1 %", "99 %", "0.5 %"). */
function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))} %`;
}
