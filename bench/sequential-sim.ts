/**
 * `npx tsx bench/sequential-sim.ts [--runs N]`: the error rates and decision times of verify-slo's absolute
 * decision at shares around the budget, and of its comparison with a reference, printed as the markdown
 * tables of docs/sequential-decisions.md.
 */
import { parseArgs } from 'node:util';
import {
  simulate,
  simulateRelative,
  type RelativeSimulationSettings,
  type SimulationSettings,
} from './sequential/simulate';
import { SEQUENTIAL_DEFAULTS } from '../actions/verify-slo/sequential';
import { LOOK_MS } from '../actions/verify-slo/count-looks';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' } } });
const runs = Number(values.runs);

// verify-slo's defaults: α = 5 %, β = 1 %.
const base: Omit<SimulationSettings, 'share' | 'rule'> = {
  budget: 0.01,
  ...SEQUENTIAL_DEFAULTS,
  rps: 20,
  intervalS: 30,
  durationS: 600,
  bakeS: 240,
  runs,
  seed: 2026,
};

const factors = [0.3, 0.5, 0.6, 0.8, 1, 1.2, 1.5, 2, 5];

function row(label: string, expect: 'pass' | 'fail' | 'either', settings: SimulationSettings): string {
  const o = simulate(settings);
  const pct = (n: number) => `${((100 * n) / settings.runs).toFixed(2)} %`;
  const wrong = expect === 'pass' ? pct(o.fail) : expect === 'fail' ? pct(o.pass) : '—';
  return `| ${label} | ${expect} | ${pct(o.pass)} | ${pct(o.fail)} | ${pct(o.undecided)} | ${wrong} | ${o.medianS} | ${o.meanS.toFixed(0)} |`;
}

const header = [
  '| canary share | should | passed | failed | undecided | wrong | median s | mean s |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
];
const expectOf = (f: number) => (f < 1 ? 'pass' : f > 1 ? 'fail' : 'either');

console.log(
  `### The test alone (budget 1 %, α = 5 %, β = 1 %, 20 requests/s, a look every 30 s, 10 minutes, ${runs} runs per row)\n`,
);
console.log(header.join('\n'));
for (const f of factors) {
  console.log(row(`${f} × budget`, expectOf(f), { ...base, rule: 'test', share: () => f * base.budget }));
}

// Between samples, verify-slo reads the counts of a canary leaning over its budget every LOOK_MS.
const verifyRule = { ...base, rule: 'verify' as const, lookS: LOOK_MS / 1000 };
console.log(
  `\n### verify-slo's rule (as above, counter readings every ${LOOK_MS / 1000} s while the counts point over the budget, bake time 4 minutes, end-of-window judgement)\n`,
);
console.log(header.join('\n'));
for (const f of factors) {
  console.log(row(`${f} × budget`, expectOf(f), { ...verifyRule, share: () => f * base.budget }));
}
const burn = (s: number) => 0.003 * (1 + Math.floor(s / 60));
const drops = (s: number) => (s < 120 ? 20 : 2);
console.log(row('slow burn 0.3 → 3 %', 'fail', { ...verifyRule, share: burn }));
console.log(row('0.3 %, 20 → 2 req/s at 2 min', 'pass', { ...verifyRule, rps: drops, share: () => 0.003 }));
console.log(row('1 req/s, 0.3 %', 'pass', { ...verifyRule, rps: 1, share: () => 0.003 }));

console.log(`\n### verify-slo's rule with \`false-rollback-rate: 1%\` (otherwise as above)\n`);
console.log(header.join('\n'));
for (const f of factors) {
  console.log(
    row(`${f} × budget`, expectOf(f), { ...verifyRule, alpha: 0.01, share: () => f * base.budget }),
  );
}

const relativeRuns = Math.max(1, Math.round(runs / 4));
const relative: Omit<RelativeSimulationSettings, 'canaryShare' | 'referenceShare'> = {
  canaryRps: 20,
  referenceRps: 20,
  tolerance: 0.2,
  slack: 0.001,
  ...SEQUENTIAL_DEFAULTS,
  intervalS: 30,
  durationS: 600,
  runs: relativeRuns,
  seed: 2026,
};
const outage = (s: number) => (s < 60 ? 0.003 : 0.05);
const relativeRows: Array<[string, string, 'pass' | 'fail', Partial<RelativeSimulationSettings>]> = [
  ['1 %', '1 %, same traffic', 'pass', { canaryShare: () => 0.01, referenceShare: () => 0.01 }],
  [
    '1 %',
    '1 %, 9 × the traffic',
    'pass',
    { canaryShare: () => 0.01, referenceShare: () => 0.01, referenceRps: 180 },
  ],
  [
    '0.3 % → 5 % at 1 min',
    'the same (shared outage)',
    'pass',
    { canaryShare: outage, referenceShare: outage },
  ],
  [
    '5 %',
    '5 % (shared outage), tolerance 0.5',
    'pass',
    { canaryShare: () => 0.05, referenceShare: () => 0.05, tolerance: 0.5 },
  ],
  ['20 %', '20 % (shared outage)', 'pass', { canaryShare: () => 0.2, referenceShare: () => 0.2 }],
  ['5.94 % (odds 1.2 ×)', '5 %', 'fail', { canaryShare: () => 0.0594, referenceShare: () => 0.05 }],
  ['2 %', '1 %', 'fail', { canaryShare: () => 0.02, referenceShare: () => 0.01 }],
  ['5 %', '1 %', 'fail', { canaryShare: () => 0.05, referenceShare: () => 0.01 }],
];
console.log(
  `\n### Relative to a reference (tolerance 0.2, slack 0.1 %, α = 5 %, β = 1 %, 20 requests/s per track unless said, a look every 30 s, 10 minutes, ${relativeRuns} runs per row)\n`,
);
console.log('| canary share | reference share | should | passed | failed | undecided | wrong | median s |');
console.log('|---|---|---|---:|---:|---:|---:|---:|');
for (const [canaryLabel, referenceLabel, expect, over] of relativeRows) {
  const o = simulateRelative({ ...relative, canaryShare: () => 0, referenceShare: () => 0, ...over });
  const pct = (n: number) => `${((100 * n) / relativeRuns).toFixed(2)} %`;
  const wrong = pct(expect === 'pass' ? o.fail : o.pass);
  console.log(
    `| ${canaryLabel} | ${referenceLabel} | ${expect} | ${pct(o.pass)} | ${pct(o.fail)} | ${pct(o.undecided)} | ${wrong} | ${o.medianS} |`,
  );
}

const budgeted: Array<[string, string, 'pass' | 'fail', number, number]> = [
  ['0.3 %', '0.3 %', 'pass', 0.003, 0.003],
  ['0.2 %', '0.3 %', 'pass', 0.002, 0.003],
  ['0.6 % (over 1.2 × reference + 0.1 %)', '0.3 %', 'fail', 0.006, 0.003],
  ['2 %', '0.3 %', 'fail', 0.02, 0.003],
];
console.log(
  `\n### Budget 1 % and compared with a reference (tolerance 0.2, slack 0.1 %, α = 5 %, β = 1 %, canary 20 and reference 40 requests/s, bake time 4 minutes, a look every 30 s, 10 minutes, ${relativeRuns} runs per row)\n`,
);
console.log('| canary share | reference share | should | passed | failed | wrong | median s |');
console.log('|---|---|---|---:|---:|---:|---:|');
for (const [canaryLabel, referenceLabel, expect, c, r] of budgeted) {
  const o = simulateRelative({
    ...relative,
    referenceRps: 40,
    canaryShare: () => c,
    referenceShare: () => r,
    budget: 0.01,
    bakeS: 240,
  });
  const pct = (n: number) => `${((100 * n) / relativeRuns).toFixed(2)} %`;
  console.log(
    `| ${canaryLabel} | ${referenceLabel} | ${expect} | ${pct(o.pass)} | ${pct(o.fail)} | ${pct(expect === 'pass' ? o.fail : o.pass)} | ${o.medianS} |`,
  );
}
