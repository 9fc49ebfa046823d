/**
 * The import rules of eslint.config.js (docs/architecture.md) catch what they are for: a
 * feature importing another feature, a lower layer importing a higher one, an import cycle.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// `ignore: false`: the cycle fixture is ignored by `npm run lint`, on purpose.
const eslint = new ESLint({ cwd: root, ignore: false });

async function rulesBroken(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('import rules', () => {
  it('refuse a feature importing another feature', async () => {
    const broken = await rulesBroken(
      "import { exportLibrary } from '@/features/library/transfer';\nexport const x = exportLibrary;\n",
      'src/features/daily/cross-feature-fixture.ts',
    );
    expect(broken).toContain('import-x/no-restricted-paths');
  });

  it('refuse a lower layer importing a higher one', async () => {
    const broken = await rulesBroken(
      "import { PaperCard } from '@/entities/paper/paper-card';\nexport const x = PaperCard;\n",
      'src/lib/layer-fixture.ts',
    );
    expect(broken).toContain('import-x/no-restricted-paths');
  });

  it('refuse an import cycle', async () => {
    const [result] = await eslint.lintFiles([path.join(root, 'tests/fixtures/lint/cycle/ping.ts')]);
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });

  it('accept a feature importing the layers below it', async () => {
    const broken = await rulesBroken(
      "import { PaperCard } from '@/entities/paper/paper-card';\nimport { useI18n } from '@/i18n';\nexport const x = [PaperCard, useI18n];\n",
      'src/features/daily/allowed-fixture.ts',
    );
    expect(broken).toEqual([]);
  });
});
