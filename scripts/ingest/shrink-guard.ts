/**
 * The rule that keeps a bad pipeline run from emptying a published day (ADR 0013): a digest
 * is never replaced by one with fewer papers, and a source with no readable paper publishes
 * nothing, unless the operator allows it (`--allow-shrink`). Pure, so that the rule is tested
 * on its own.
 */
export type ShrinkVerdict = { publish: true } | { publish: false; reason: string };

/**
 * @param key the new digest's `DATE.LANG`
 * @param published the digest published for that day now, which the new one would replace
 *   (the same key, or the day's abstracts-only digest), by its key and paper count
 * @param next papers in the digest this run would publish
 */
export function shrinkVerdict(
  key: string,
  published: { key: string; papers: number } | undefined,
  next: number,
  allowShrink: boolean,
): ShrinkVerdict {
  if (allowShrink) return { publish: true };
  if (published !== undefined && next < published.papers)
    return {
      publish: false,
      reason: `kept published ${published.key} (${published.papers} papers); this source has ${next}`,
    };
  if (published === undefined && next === 0)
    return { publish: false, reason: `no readable paper; nothing published for ${key}` };
  return { publish: true };
}
