/**
 * Deterministic, realistic pipeline output made of our own synthetic text (never third-party
 * text): upstream-format JSONL records with Chinese AI summaries and English abstracts of
 * real lengths, some LaTeX, a realistic category skew, occasional 1,000-author lists and
 * 3,000-character fields. Same seed, same bytes.
 */
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

export class Rng {
  private readonly gen: RandomGenerator;
  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed);
  }
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.gen);
  }
  chance(p: number): boolean {
    return this.int(0, 1_000_000) < p * 1_000_000;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(0, list.length - 1)]!;
  }
}

/** Categories with weights shaped like a real cs-heavy day (cs.CV, cs.CL, cs.AI first). */
const CATEGORIES: readonly [string, number][] = [
  ['cs.CV', 260],
  ['cs.CL', 120],
  ['cs.AI', 110],
  ['cs.LG', 90],
  ['cs.RO', 40],
  ['cs.IT', 25],
  ['cs.CR', 20],
  ['cs.IR', 18],
  ['cs.HC', 12],
  ['cs.GT', 12],
  ['stat.ML', 10],
  ['eess.IV', 10],
  ['eess.SP', 8],
  ['math.OC', 6],
  ['physics.comp-ph', 5],
  ['quant-ph', 5],
  ['cs.GR', 3],
  ['cs.CE', 3],
  ['q-bio.QM', 2],
  ['q-fin.CP', 2],
  ['hep-th', 1],
  ['cond-mat.str-el', 1],
];
const TOTAL_WEIGHT = CATEGORIES.reduce((s, [, w]) => s + w, 0);

const EN_WORDS = (
  'model learning network graph transformer diffusion agent policy reward language vision ' +
  'protein molecule quantum lattice operator kernel gradient sparse dense latent embedding ' +
  'attention token retrieval benchmark dataset robust efficient scalable adaptive causal ' +
  'physics fluid turbulence spectral manifold equivariant symmetry inference sampling ' +
  'variational bayesian uncertainty calibration reasoning planning control robot trajectory ' +
  'segmentation detection tracking reconstruction rendering gaussian splatting mesh point ' +
  'cloud audio speech music medical imaging clinical federated privacy adversarial attack ' +
  'defense watermark compression quantization pruning distillation alignment preference ' +
  'feedback curriculum memory context window long sequence state space recurrent ' +
  'convolution wavelet fourier neural operator solver differential equation boundary'
).split(' ');
const EN_GLUE =
  'we propose a novel method that improves the of for on with and to in by from across under'.split(
    ' ',
  );
const ZH_WORDS = (
  '模型 学习 网络 图 变换器 扩散 智能体 策略 奖励 语言 视觉 蛋白质 分子 量子 算子 核 梯度 稀疏 ' +
  '潜在 嵌入 注意力 检索 基准 数据集 鲁棒 高效 可扩展 自适应 因果 物理 流体 湍流 谱 流形 等变 ' +
  '对称 推理 采样 变分 贝叶斯 不确定性 校准 规划 控制 机器人 轨迹 分割 检测 跟踪 重建 渲染 ' +
  '高斯 网格 点云 音频 语音 医学 影像 临床 联邦 隐私 对抗 攻击 防御 水印 压缩 量化 剪枝 蒸馏 ' +
  '对齐 偏好 反馈 记忆 上下文 长序列 状态空间 卷积 傅里叶 神经算子 求解器 微分方程 边界'
).split(' ');
const ZH_GLUE = '本文 提出 一种 新的 方法 用于 提升 显著 结果 表明 实验 在 上 的 和 通过'.split(
  ' ',
);
const LATEX = [
  '$O(n \\log n)$',
  '$\\mathbb{R}^d$',
  '$\\epsilon$-greedy',
  '$L_2$',
  '$\\alpha=0.5$',
  '$\\mathcal{O}(1/T)$',
  '$x^2+y^2$',
  '$\\nabla f$',
];
const SURNAMES =
  'Wang Li Zhang Liu Chen Yang Smith Garcia Müller Rossi Kim Park Nguyen Sato Ivanova Okafor Silva Cohen Dubois Novak'.split(
    ' ',
  );
const GIVEN =
  'Wei Yan Jing Alex Maria Jun Sara Omar Lena Hiro Ana Ivan Chloe Ravi Mei Tom Nia Leo Eva Kai'.split(
    ' ',
  );

function category(rng: Rng): string {
  let r = rng.int(0, TOTAL_WEIGHT - 1);
  for (const [c, w] of CATEGORIES) {
    if (r < w) return c;
    r -= w;
  }
  return 'cs.LG';
}

function englishSentence(rng: Rng, words: number, latex: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++)
    out.push(rng.chance(0.35) ? rng.pick(EN_GLUE) : rng.pick(EN_WORDS));
  if (latex) out.splice(rng.int(0, out.length), 0, rng.pick(LATEX));
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function english(rng: Rng, minChars: number, maxChars: number, latexChance: number): string {
  const target = rng.int(minChars, maxChars);
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const s = englishSentence(rng, rng.int(8, 22), rng.chance(latexChance));
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ');
}

function chinese(rng: Rng, minChars: number, maxChars: number, latexChance: number): string {
  const target = rng.int(minChars, maxChars);
  let s = '';
  while (s.length < target) {
    s += rng.chance(0.3) ? rng.pick(ZH_GLUE) : rng.pick(ZH_WORDS);
    if (rng.chance(0.08)) s += '，';
    if (rng.chance(latexChance / 10)) s += rng.pick(LATEX);
  }
  return `${s}。`;
}

function authors(rng: Rng): string[] {
  const n = rng.chance(0.003) ? rng.int(1000, 3000) : rng.int(1, 12);
  return Array.from({ length: n }, () => `${rng.pick(GIVEN)} ${rng.pick(SURNAMES)}`);
}

export interface GeneratedRecord {
  id: string;
  categories: string[];
  pdf: string;
  abs: string;
  authors: string[];
  title: string;
  comment: string | null;
  summary: string;
  AI: { tldr: string; motivation: string; method: string; result: string; conclusion: string };
  code_url?: string;
  code_stars?: number;
}

/** One day's records; ids are unique per day and across days (by day index). */
export function generateDay(
  seed: number,
  dayIndex: number,
  date: string,
  count: number,
): GeneratedRecord[] {
  const rng = new Rng(seed * 100_003 + dayIndex);
  const yymm = `${date.slice(2, 4)}${date.slice(5, 7)}`;
  return Array.from({ length: count }, (_, i) => {
    const id = `${yymm}.${String((dayIndex * 1000 + i) % 100_000).padStart(5, '0')}`;
    const primary = category(rng);
    const cats = [primary];
    while (rng.chance(0.45) && cats.length < 5) {
      const c = category(rng);
      if (!cats.includes(c)) cats.push(c);
    }
    const long = rng.chance(0.004);
    const record: GeneratedRecord = {
      id,
      categories: cats,
      pdf: `https://arxiv.org/pdf/${id}`,
      abs: `https://arxiv.org/abs/${id}`,
      authors: authors(rng),
      title: english(rng, 40, 110, 0.05).replace(/\.$/, ''),
      comment: rng.chance(0.4) ? `${rng.int(6, 40)} pages, ${rng.int(1, 12)} figures` : null,
      summary: english(rng, long ? 3000 : 700, long ? 3600 : 1900, 0.15),
      AI: {
        tldr: chinese(rng, long ? 3000 : 50, long ? 3600 : 120, 0.1),
        motivation: chinese(rng, 60, 160, 0.05),
        method: chinese(rng, 80, 220, 0.1),
        result: chinese(rng, 60, 180, 0.05),
        conclusion: chinese(rng, 50, 140, 0.02),
      },
    };
    if (rng.chance(0.15)) {
      record.code_url = `https://github.com/synthetic-lab/project-${id.replace('.', '-')}`;
      record.code_stars = rng.int(0, 3000);
    }
    return record;
  });
}

/** Dates ending at `end`, one per day, oldest first. */
export function dates(days: number, end = '2026-06-30'): string[] {
  const last = Date.parse(`${end}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) =>
    new Date(last - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
}
