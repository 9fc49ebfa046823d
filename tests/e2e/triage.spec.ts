/**
 * The For-you ranking walked through in Chromium (issue 18): days of our own papers on a few
 * topics, ingested by the real command (so with their ranking data), served to the page.
 * Save five papers on one day; on a later day `For you` puts that topic first, each card
 * saying why; `Not interested` puts a paper last; the order survives a reload.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Reporter } from '../../scripts/ingest/report.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { tempDir } from '../helpers/data-dir.ts';
import { articleTitles, serveDataDir } from './helpers.ts';

const TOPICS = [
  {
    name: 'video diffusion',
    words: 'video diffusion denoising frames temporal generation',
    lab: 'Vega',
  },
  {
    name: 'protein folding',
    words: 'protein folding residues structure amino docking',
    lab: 'Perez',
  },
  {
    name: 'robot grasping',
    words: 'robot grasping manipulation gripper tactile objects',
    lab: 'Rossi',
  },
  {
    name: 'quantum codes',
    words: 'quantum error correction qubits surface codes decoding',
    lab: 'Quinn',
  },
  {
    name: 'speech recognition',
    words: 'speech recognition acoustic phonemes transcripts audio',
    lab: 'Sato',
  },
];
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04'];
const PER_TOPIC = 6;

function record(day: number, topic: number, i: number) {
  const t = TOPICS[topic]!;
  const id = `2603.${String(day * 100 + topic * 10 + i).padStart(5, '0')}`;
  const w = t.words.split(' ');
  return {
    id,
    categories: ['cs.LG'],
    pdf: `https://arxiv.org/pdf/${id}`,
    abs: `https://arxiv.org/abs/${id}`,
    authors: [`${t.lab} Member${i}`, `Guest Author${day}${topic}${i}`],
    title: `${w[i % w.length]} and ${w[(i + 2) % w.length]}: a ${t.name} study ${day}.${i}`,
    comment: null,
    summary: `We study ${t.words}. Our ${w[i % w.length]} method improves ${w[(i + 1) % w.length]} and ${w[(i + 3) % w.length]} on benchmarks.`,
    AI: { tldr: `关于${t.name}的研究 ${day}.${i}` },
  };
}

let data = '';

test.beforeAll(async () => {
  const src = tempDir('triage-src-');
  data = tempDir('triage-data-');
  DAYS.forEach((date, d) => {
    const lines = TOPICS.flatMap((_, topic) =>
      Array.from({ length: PER_TOPIC }, (_, i) => JSON.stringify(record(d, topic, i))),
    );
    // Topics interleaved, so that the digest's own order puts no topic first.
    lines.sort((a, b) => (JSON.parse(a).id.slice(-1) < JSON.parse(b).id.slice(-1) ? -1 : 1));
    writeFileSync(path.join(src, `${date}_AI_enhanced_Chinese.jsonl`), `${lines.join('\n')}\n`);
  });
  await ingest({ paths: [src], out: data }, new Reporter());
});

const serve = (page: Page) => serveDataDir(page, data);
const titles = articleTitles;

test('For you learns from five saved papers, says why, and puts Not interested last', async ({
  page,
}) => {
  await serve(page);
  // Before any signal: the digest's order, and how to teach it.
  await page.goto(`/daily/${DAYS[2]}?sort=for-you`);
  await expect(page.getByRole('status')).toContainText('For you learns from you');

  // Five papers on video diffusion saved on the first day.
  await page.goto(`/daily/${DAYS[0]}`);
  const diffusion = page.getByRole('article').filter({ hasText: 'video diffusion study' });
  await expect(diffusion).toHaveCount(PER_TOPIC);
  for (let i = 0; i < 5; i++) await diffusion.nth(i).getByRole('button', { name: /Save/ }).click();

  // A later day, sorted For you with the Sort control: the topic comes first.
  await page.goto(`/daily/${DAYS[2]}`);
  await page.getByLabel('Sort').selectOption({ label: 'For you' });
  await expect(page).toHaveURL(/sort=for-you/);
  await expect(page.getByRole('status')).toContainText('ranked for you from 5 signals');
  await expect(page.getByRole('heading', { level: 2, name: /cs\.LG/ })).toHaveCount(0);
  const first = (await titles(page)).slice(0, PER_TOPIC);
  expect(first.every((t) => t.includes('video diffusion study'))).toBe(true);
  const top = page.getByRole('article').first();
  await expect(top.locator('[data-part="why"]')).toContainText(
    /^Why: (like “.*video diffusion study|matches )/,
  );
  await expect(top).toHaveAttribute('aria-posinset', '1');
  await expect(top).toHaveAttribute('aria-setsize', String(TOPICS.length * PER_TOPIC));

  // Not interested: the paper goes last, and says why.
  const dismissed = first[0]!;
  await top.getByRole('button', { name: 'Not interested' }).click();
  const last = page.getByRole('article').last();
  await expect(last).toHaveAttribute('aria-label', dismissed);
  await expect(last.getByRole('button', { name: 'Not interested' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(last.locator('[data-part="why"]')).toHaveText('Why: you marked it Not interested');

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByRole('status')).toContainText('ranked for you from 6 signals');
  await expect(page.getByRole('article').last()).toHaveAttribute('aria-label', dismissed);
  expect((await titles(page))[0]).toContain('video diffusion study');
});

/**
 * Five video-diffusion papers saved on the first day, then the last day sorted For you, ranked:
 * the titles in that order.
 */
async function forYouAfterFiveSaved(page: Page): Promise<string[]> {
  await serve(page);
  await page.goto(`/daily/${DAYS[0]}`);
  const diffusion = page.getByRole('article').filter({ hasText: 'video diffusion study' });
  for (let i = 0; i < 5; i++) await diffusion.nth(i).getByRole('button', { name: /Save/ }).click();
  await page.goto(`/daily/${DAYS[2]}?sort=for-you`);
  await expect(page.getByRole('status')).toContainText('ranked for you from 5 signals');
  return titles(page);
}

test('a paper saved in the For-you order stays where it is, with the papers in view; those below are ranked anew', async ({
  page,
}) => {
  const before = await forYouAfterFiveSaved(page);

  // The reader has come down to the first protein-folding paper, below the diffusion ones.
  const at = before.findIndex((t) => t.includes('protein folding study'));
  expect(at).toBeGreaterThanOrEqual(PER_TOPIC);
  const card = page.getByRole('article').nth(at);
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const reached = await page
    .getByRole('article')
    .evaluateAll(
      (cards) => cards.filter((c) => c.getBoundingClientRect().top < window.innerHeight).length,
    );
  expect(reached).toBeLessThan(before.length - PER_TOPIC);
  await card.getByRole('button', { name: /Save/ }).click();
  await expect(page.getByRole('status')).toContainText('ranked for you from 6 signals');

  // The papers down to the last one in view keep their places, the saved one among them…
  const after = await titles(page);
  expect(after.slice(0, reached)).toEqual(before.slice(0, reached));
  await expect(card).toHaveAttribute('aria-posinset', String(at + 1));
  await expect(card.locator('[data-part="why"]')).toHaveText('Why: you saved it');
  // …and the papers below are ordered by the new signal too: the other protein-folding papers
  // come first among them.
  const proteinBelow = before.slice(reached).filter((t) => t.includes('protein folding study'));
  expect(proteinBelow.length).toBeGreaterThan(0);
  expect(after.slice(reached, reached + proteinBelow.length).sort()).toEqual(proteinBelow.sort());
});

test('Not interested from the keyboard in the For-you order: the focus goes to the paper that takes its place', async ({
  page,
}) => {
  const before = await forYouAfterFiveSaved(page);

  const second = page.getByRole('article').nth(1);
  await second.getByRole('button', { name: 'Not interested' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article').last()).toHaveAttribute('aria-label', before[1]!);
  // Not the top of the page: the paper that followed, now second.
  const focused = page.locator('article:focus');
  await expect(focused).toHaveAttribute('aria-label', before[2]!);
  await expect(focused).toHaveAttribute('aria-posinset', '2');
  // And the keyboard goes on from there: x on it marks it too.
  await page.keyboard.press('x');
  const marked = page.getByRole('article', { name: before[2]!, exact: true });
  await expect(marked.getByRole('button', { name: 'Not interested' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Both marked papers are last now (in the order the ranking had them).
  await expect(marked).toHaveAttribute('aria-posinset', /^(29|30)$/);
  await expect(page.locator('article:focus')).toHaveAttribute('aria-label', before[3]!);
});

test('with a manifest from before it named the ranking data, For you finds it in the saved day’s list', async ({
  page,
}) => {
  const seen: string[] = [];
  await serveDataDir(page, data, {
    seen: (rel) => seen.push(rel),
    // A manifest written before `rank`: only the days' lists name their ranking data.
    rewrite: (rel, body) => {
      if (rel !== 'manifest.json') return body;
      const { rank: _rank, ...older } = JSON.parse(body.toString()) as Record<string, unknown>;
      return JSON.stringify(older);
    },
  });
  await page.goto(`/daily/${DAYS[0]}`);
  const diffusion = page.getByRole('article').filter({ hasText: 'video diffusion study' });
  for (let i = 0; i < 5; i++) await diffusion.nth(i).getByRole('button', { name: /Save/ }).click();

  seen.length = 0;
  await page.goto(`/daily/${DAYS[2]}?sort=for-you`);
  await expect(page.getByRole('status')).toContainText('ranked for you from 5 signals');
  expect((await titles(page)).slice(0, PER_TOPIC).every((t) => t.includes('video diffusion'))).toBe(
    true,
  );
  // The saved day's list was fetched for it, then its ranking data.
  expect(seen.some((rel) => rel.startsWith(`daily/${DAYS[0]}.`))).toBe(true);
  expect(seen.some((rel) => rel.startsWith(`rank/${DAYS[0]}.`))).toBe(true);
});

test('an imported .bib library ranks a day before anything is saved', async ({ page }) => {
  await serve(page);
  // A reader's own library on protein folding: two papers outside the archive (by their title
  // and abstract) and one the archive lists (by its arXiv id).
  const inArchive = record(0, 1, 0);
  const bib = [
    `@article{mine1, title = {Protein folding with residues and docking}, author = {Else, Some},`,
    `  abstract = {We study protein folding, residues, structure and amino acid docking.}}`,
    `@article{mine2, title = {Amino structure of folding proteins}, author = {Other, An},`,
    `  abstract = {Protein structure and residues: folding and docking.}}`,
    `@misc{mine3, title = {${inArchive.title}}, eprint = {${inArchive.id}}, archivePrefix = {arXiv}}`,
  ].join('\n');
  await page.goto('/reading-list');
  await page.getByLabel(/Import library/).setInputFiles({
    name: 'mine.bib',
    mimeType: 'application/x-bibtex',
    buffer: Buffer.from(bib),
  });
  await expect(page.getByRole('status').filter({ hasText: 'mine.bib' })).toHaveText(
    'mine.bib: 3 papers read, 3 new, 1 found in this archive.',
  );

  await page.goto(`/daily/${DAYS[2]}?sort=for-you`);
  await expect(page.getByRole('status')).toContainText('ranked for you from 3 signals');
  const first = (await titles(page)).slice(0, PER_TOPIC);
  expect(first.every((t) => t.includes('protein folding study'))).toBe(true);
  await expect(page.getByRole('article').first().locator('[data-part="why"]')).toContainText(
    /^Why: (like “.*”, from your library|matches )/,
  );

  // It survives a reload.
  await page.reload();
  await expect(page.getByRole('status')).toContainText('ranked for you from 3 signals');
  expect((await titles(page))[0]).toContain('protein folding study');
});

test('search results sorted For you: the saved topic first among the matches, each with why', async ({
  page,
}) => {
  await serve(page);
  await page.goto(`/daily/${DAYS[0]}`);
  const quantum = page.getByRole('article').filter({ hasText: 'quantum codes study' });
  for (let i = 0; i < 5; i++) await quantum.nth(i).getByRole('button', { name: /Save/ }).click();

  // Every paper's title says "study": relevance alone puts no topic first.
  await page.goto('/search?q=study');
  await expect(page.getByRole('status')).toContainText('papers match');
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results).toHaveCount(10);
  const byRelevance = await results.getByRole('heading').allTextContents();
  expect(byRelevance.every((t) => t.includes('quantum codes study'))).toBe(false);
  await page.getByLabel('Sort').selectOption({ label: 'For you' });
  await expect(page).toHaveURL(/sort=for-you/);
  await expect(page.getByRole('status')).toContainText('sorted for you');
  await expect(page.getByRole('status')).toContainText('ranked for you from 5 signals');
  await expect(results).toHaveCount(10);
  const shown = await results.getByRole('heading').allTextContents();
  expect(shown.every((t) => t.includes('quantum codes study'))).toBe(true);
  await expect(results.first().locator('[data-part="why"]')).toContainText(/^Why: /);

  // Relevance again: the matches in the index's order.
  await page.getByLabel('Sort').selectOption({ label: 'Relevance' });
  await expect(page).not.toHaveURL(/sort=for-you/);
  await expect(results.first().locator('[data-part="why"]')).toHaveCount(0);
});

test('watches: a keyword, a negative keyword and an author, marked, narrowed and hidden', async ({
  page,
}) => {
  await serve(page);
  await page.goto('/watches');
  const add = async (kind: string, value: string) => {
    await page.getByLabel('Kind').selectOption({ label: kind });
    await page.getByLabel('Keyword, name or category').fill(value);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(`Added ${kind}: ${value}.`);
  };
  await add('Keyword', 'protein folding');
  await add('Negative keyword', 'quantum');
  await add('Author', 'R. Member1');

  await page.goto(`/daily/${DAYS[1]}`);
  const total = TOPICS.length * PER_TOPIC;
  // The quantum-codes papers are hidden, and counted.
  await expect(page.getByRole('status')).toHaveText(
    `Showing ${total - PER_TOPIC} of ${total} papers · ${PER_TOPIC} hidden by negative keywords`,
  );
  const protein = page.getByRole('article').filter({ hasText: 'protein folding study' }).first();
  await expect(protein.locator('[data-part="watches"]')).toHaveText('Watches: protein folding');
  const rossi = page.getByRole('article').filter({ hasText: 'Rossi Member1' });
  await expect(rossi.locator('[data-part="watches"]')).toHaveText('Watches: R. Member1');

  await page.getByRole('button', { name: 'Watched' }).click();
  await expect(page.getByRole('button', { name: 'Watched' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page).toHaveURL(/watched=1/);
  await expect(page.getByRole('article')).toHaveCount(PER_TOPIC + 1);

  await page.getByRole('button', { name: `Show muted (${PER_TOPIC})` }).click();
  await page.getByRole('button', { name: 'Watched' }).click();
  await expect(page.getByRole('article')).toHaveCount(total);
  await expect(
    page
      .getByRole('article')
      .filter({ hasText: 'quantum codes study' })
      .first()
      .locator('[data-part="negative"]'),
  ).toHaveText('Negative keyword: quantum');
});

test('a paper page lists similar papers from the archive, each a link to its page', async ({
  page,
}) => {
  await serve(page);
  const paper = record(2, 3, 0); // quantum codes, the third day
  await page.goto(`/paper/${paper.id}`);
  const section = page.getByRole('region', { name: 'Similar papers' });
  await expect(section.getByRole('link')).toHaveCount(8);
  const titles = await section.getByRole('link').allTextContents();
  expect(titles.filter((t) => t.includes('quantum codes study')).length).toBeGreaterThanOrEqual(6);
  expect(titles).not.toContain(paper.title);
  await section.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/paper\/2603\.\d+$/);
  await expect(page.getByRole('region', { name: 'Similar papers' })).toBeVisible();
});

test("a card's details link to its similar papers, shown on the paper page", async ({ page }) => {
  await serve(page);
  const paper = record(2, 3, 0);
  await page.goto(`/daily/${DAYS[2]}`);
  const card = page.getByRole('article', { name: paper.title });
  await card.getByRole('button', { name: 'Details' }).click();
  await card.getByRole('link', { name: `Similar papers of ${paper.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/paper/${paper.id}#similar-papers$`));
  const section = page.getByRole('region', { name: 'Similar papers' });
  await expect(section.getByRole('link')).toHaveCount(8);
  // The page opens at the section, not at its top.
  await expect(section.getByRole('heading', { name: 'Similar papers' })).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});
