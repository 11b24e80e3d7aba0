/**
 * Error rates and decision times of verify-slo's drift test, by simulation (docs/drift-decisions.md).
 * Usage: npm run bench:drift [-- --runs N]
 */
import { betaBins, simulate, type SimulationResult } from './drift/simulate';
import type { DriftMeasure } from '../actions/verify-slo/drift-measures';
import { SEQUENTIAL_DEFAULTS } from '../actions/verify-slo/sequential';

interface Case {
  name: string;
  canary: number[];
  reference: number[];
  measure?: DriftMeasure;
  ordered?: boolean;
  perLook: number;
  looks: number;
}

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;
const REF = betaBins(2, 5);
const CLASSES = [0.9, 0.08, 0.02];

const cases: Case[] = [
  { name: 'identical scores, 5 a look', canary: REF, reference: REF, perLook: 5, looks: 100 },
  { name: 'identical scores, 50 a look', canary: REF, reference: REF, perLook: 50, looks: 60 },
  { name: 'identical scores, 500 a look', canary: REF, reference: REF, perLook: 500, looks: 30 },
  {
    name: 'identical scores (js, max 0.1), 50 a look',
    canary: REF,
    reference: REF,
    measure: 'js',
    perLook: 50,
    looks: 60,
  },
  {
    name: 'identical scores (ks, max 0.1), 50 a look',
    canary: REF,
    reference: REF,
    measure: 'ks',
    perLook: 50,
    looks: 60,
  },
  {
    name: 'identical classes, 20 a look',
    canary: CLASSES,
    reference: CLASSES,
    ordered: false,
    perLook: 20,
    looks: 60,
  },
  {
    name: 'Beta(2.2,5): psi 0.018, 200 a look',
    canary: betaBins(2.2, 5),
    reference: REF,
    perLook: 200,
    looks: 60,
  },
  {
    name: 'Beta(2.4,5): psi 0.066, 200 a look',
    canary: betaBins(2.4, 5),
    reference: REF,
    perLook: 200,
    looks: 60,
  },
  {
    name: 'Beta(2.6,5): psi 0.14, 200 a look',
    canary: betaBins(2.6, 5),
    reference: REF,
    perLook: 200,
    looks: 60,
  },
  { name: 'Beta(3,5): psi 0.35, 50 a look', canary: betaBins(3, 5), reference: REF, perLook: 50, looks: 60 },
  { name: 'Beta(5,2): psi 6.4, 50 a look', canary: betaBins(5, 2), reference: REF, perLook: 50, looks: 60 },
  {
    name: 'classes 70/20/10 vs 90/8/2: psi 0.29, 20 a look',
    canary: [0.7, 0.2, 0.1],
    reference: CLASSES,
    ordered: false,
    perLook: 20,
    looks: 60,
  },
];

function median(values: number[]): string {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  return String(sorted[Math.floor(sorted.length / 2)]);
}

function row(c: Case, r: SimulationResult): string {
  const pct = (n: number) => `${((100 * n) / RUNS).toFixed(1)} %`;
  const predictions = (looks: number[]) => (looks.length ? String(Number(median(looks)) * c.perLook) : '–');
  return `| ${c.name} | ${pct(r.fail)} | ${pct(r.pass)} | ${pct(r.open)} | ${predictions(r.failLooks)} | ${predictions(r.passLooks)} |`;
}

console.log(
  `Drift test, max-drift 0.1, α = ${SEQUENTIAL_DEFAULTS.alpha * 100} %, β = ${SEQUENTIAL_DEFAULTS.beta * 100} % (verify-slo's defaults), ${RUNS} runs per case (predictions per track, medians)\n`,
);
console.log('| case | failed | passed | undecided | predictions to fail | predictions to pass |');
console.log('|---|---|---|---|---|---|');
cases.forEach((c, i) => {
  const result = simulate({ ...c, runs: RUNS, seed: 100 + i });
  console.log(row(c, result));
});
