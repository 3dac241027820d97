// The GitHub Pages workflow: builds under the base path Pages serves the site at, with the
// optional client ID variable, uploads dist/ and deploys it with the official Pages actions.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  environment?: { name?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const action = (name: string) => steps.find((step) => step.uses?.startsWith(`${name}@`));

test('the Pages workflow builds, uploads dist and deploys', () => {
  expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  expect(workflow.concurrency?.group).toBeTruthy();
  expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch']));

  const build = steps.find((step) => step.run?.includes('vite build'));
  expect(build?.env?.VITE_SPOTIFY_CLIENT_ID).toBe('${{ vars.VITE_SPOTIFY_CLIENT_ID }}');
  expect(steps.some((step) => step.run === 'npm ci')).toBe(true);

  expect(action('actions/configure-pages')).toBeDefined();
  expect(action('actions/upload-pages-artifact')?.with?.path).toBe('dist');
  // Deploying comes after the build, in the github-pages environment.
  const [deployName, deployJob] = Object.entries(workflow.jobs).find(([, job]) =>
    job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
  )!;
  expect(deployJob.environment?.name).toBe('github-pages');
  const buildName = Object.keys(workflow.jobs).find((name) => name !== deployName)!;
  expect([deployJob.needs].flat()).toContain(buildName);
  expect(steps.indexOf(action('actions/upload-pages-artifact')!)).toBeGreaterThan(steps.indexOf(build!));
});

// configure-pages' base_path is the site URL's path without its trailing slash: "/REPO" for
// a project site, "" for a USER.github.io repository or a custom domain.
// https://github.com/actions/configure-pages/blob/main/src/output-pages-base-url.js
test('the Pages workflow builds for the base path configure-pages reports', () => {
  const pages = action('actions/configure-pages');
  expect(pages?.id).toBeTruthy();
  const build = steps.find((step) => step.run?.includes('vite build'))!;
  expect(steps.indexOf(build)).toBeGreaterThan(steps.indexOf(pages!));

  const base = (basePath: string) => {
    const run = build.run!.replaceAll(`\${{ steps.${pages!.id}.outputs.base_path }}`, basePath);
    expect(run, 'the build names no other base').not.toContain('${{');
    return /--base "([^"]*)"/.exec(run)?.[1];
  };
  expect(base('/heavy-rotation')).toBe('/heavy-rotation/');
  expect(base('')).toBe('/');
});
