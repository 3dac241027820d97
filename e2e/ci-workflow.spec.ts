// The workflows install what package.json's engines ask for: the Node major it names, and
// npm 11 (Node 20 comes with npm 10, which would ignore allowScripts), before `npm ci`.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps?: Step[] }>;
}

const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: Record<string, string> }).engines;
const major = (range: string | undefined) => /^>=\s*(\d+)/.exec(range ?? '')?.[1];

for (const file of ['ci.yml', 'pages.yml']) {
  test(`${file} sets up the Node and npm that engines asks for, before npm ci`, () => {
    const workflow = parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as Workflow;
    const steps = Object.values(workflow.jobs).find((job) => job.steps?.some((step) => step.run === 'npm ci'))!.steps!;
    const setup = steps.findIndex((step) => step.uses?.startsWith('actions/setup-node@'));
    const npm = steps.findIndex((step) => step.run === `npm install -g npm@${major(engines.npm)}`);
    const install = steps.findIndex((step) => step.run === 'npm ci');

    expect(major(engines.npm)).toBe('11');
    expect(String(steps[setup]?.with?.['node-version'])).toBe(major(engines.node));
    expect(setup).toBeGreaterThanOrEqual(0);
    expect(npm).toBeGreaterThan(setup);
    expect(install).toBeGreaterThan(npm);
  });
}
