import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

describe('the GitHub Pages workflow for forks', () => {
  const doc = load(readFileSync(path.resolve('deploy/github-pages.yml'), 'utf8')) as {
    on: { workflow_dispatch: { inputs: Record<string, { type: string; default: unknown }> } };
    permissions: Record<string, string>;
    jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
  };
  const steps = doc.jobs.build.steps;

  it('checks out the data branch and the reader, ingests, builds under the repository path, publishes', () => {
    expect(
      steps.some(
        (s) => s.uses?.startsWith('actions/checkout') && s.with?.ref === '${{ env.DATA_BRANCH }}',
      ),
    ).toBe(true);
    const ingest = steps.find((s) => s.run?.includes('npm run ingest'))!;
    expect(ingest.run).toContain('../pipeline-data');
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}/');
    expect(steps.indexOf(ingest)).toBeLessThan(steps.indexOf(build));
    expect(steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact'))).toBe(true);
    expect(doc.jobs.deploy.needs).toBe('build');
    expect(doc.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
    expect(doc.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('keeps published days a smaller file would replace, unless a manual run says allow_shrink', () => {
    expect(doc.on.workflow_dispatch.inputs.allow_shrink).toMatchObject({
      type: 'boolean',
      default: false,
    });
    const ingest = steps.find((s) => s.run?.includes('npm run ingest'))!;
    expect(ingest.env?.ALLOW_SHRINK).toBe("${{ inputs.allow_shrink && '--allow-shrink' || '' }}");
    expect(ingest.run).toContain('$ALLOW_SHRINK');
  });

  it('runs scripts the reader has', () => {
    const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'));
    const used = steps.flatMap((s) => /npm run (\S+)/.exec(s.run ?? '')?.[1] ?? []);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((script) => !(script in pkg.scripts))).toEqual([]);
  });
});
