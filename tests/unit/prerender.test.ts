/**
 * Prerendering (scripts/prerender): a long day's page is written as HTML by the app's own
 * routes, with its data, so that its first cards are painted before the app's code runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDay } from '../../scripts/generate/synthetic.ts';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { pageWith, prerender } from '../../scripts/prerender/run.ts';
import { tempDir } from '../helpers/data-dir.ts';
import { jsonl, upstreamRecord } from '../helpers/fixtures.ts';

const TEMPLATE = `<!doctype html><html lang="en"><head><title>t</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>`;

describe('prerender', () => {
  it('writes each long day as HTML with its first cards; short days are left to the app', async () => {
    const input = tempDir('prerender-in-');
    const long = generateDay(7, 0, '2026-06-29', 300);
    long[0] = { ...long[0]!, title: 'A <script>alert(1)</script> & "quoted" title' };
    writeFileSync(path.join(input, '2026-06-29_AI_enhanced_Chinese.jsonl'), jsonl(long));
    writeFileSync(
      path.join(input, '2026-06-28_AI_enhanced_Chinese.jsonl'),
      jsonl([upstreamRecord(), upstreamRecord()]),
    );
    const dist = tempDir('prerender-dist-');
    mkdirSync(path.join(dist, 'data'));
    writeFileSync(path.join(dist, 'index.html'), TEMPLATE);
    await ingest({ paths: [input], out: path.join(dist, 'data') }, new Reporter());

    expect(await prerender(dist)).toEqual(['2026-06-29']);
    expect(existsSync(path.join(dist, 'daily', '2026-06-28.html'))).toBe(false);
    const html = readFileSync(path.join(dist, 'daily', '2026-06-29.html'), 'utf8');
    // The built page around it; the app's script is loaded after the first paint (by a small
    // script after the root element), not from a tag of its own.
    expect(
      html.startsWith(
        '<!doctype html><html data-load-after-paint lang="en"><head><title>t</title>',
      ),
    ).toBe(true);
    expect(html).not.toContain('<script type="module"');
    const loader = /<div id="root" data-prerendered>.*<\/div><script>(.*?)<\/script>/s.exec(
      html,
    )?.[1];
    expect(loader).toContain('"/assets/app.js"');
    expect(loader).toContain('first-contentful-paint');
    // The day as the app shows it: heading, one status, the first cards of the long list.
    expect(html).toContain('Showing 300 of 300 papers');
    expect(html.match(/role="status"/g)).toHaveLength(1);
    const cards = html.match(/<article/g)?.length ?? 0;
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThanOrEqual(6);
    // Text from the data is text: the title's markup is escaped, never a tag.
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain(
      'A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; title',
    );
  }, 60_000);

  it("loads the app's code and preloads after the first paint; a URL cannot close the script", async () => {
    const page = await pageWith(
      '<html><head><script type="module" crossorigin src="/a/x.js"></script><link rel="modulepreload" crossorigin href="/a/</script>.js"></head><body><div id="root"></div></body></html>',
      '<p>x</p>',
    );
    expect(page).toMatch(/^<html data-load-after-paint>/);
    expect(page).toContain('<div id="root" data-prerendered><p>x</p></div><script>');
    expect(page).not.toMatch(/<script type="module"|<link rel="modulepreload"/);
    expect(page).toContain('"/a/x.js"');
    expect(page).toContain('"/a/<\\/script>.js"');
    expect(page.match(/<\/script>/g)).toHaveLength(1);
  });

  it('refuses a page without the root element it fills', async () => {
    await expect(pageWith('<html><body></body></html>', '<p>x</p>')).rejects.toThrow(/id="root"/);
  });
});
