import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  isPlaceholder,
  languageFromName,
  normaliseProse,
} from '../../scripts/ingest/text.ts';

describe('isPlaceholder', () => {
  it.each([
    'Error',
    'error',
    '  ',
    'Summary generation failed',
    'Motivation analysis unavailable',
    'Method extraction failed',
    'N/A',
    '[object Object]',
    '摘要生成失败',
  ])('treats %j as missing', (value) => expect(isPlaceholder(value)).toBe(true));

  it.each([
    '本文提出一种新方法。',
    'We show that gradient descent fails on this problem.',
    'An analysis of why training failed in prior work, and a fix that makes it reliable at scale across settings.',
  ])('keeps real text %j', (value) => expect(isPlaceholder(value)).toBe(false));
});

describe('normaliseProse', () => {
  it('unwraps hard-wrapped lines and keeps paragraph breaks', () => {
    expect(normaliseProse('One line\nwrapped here.\n  New paragraph\nstarts.')).toBe(
      'One line wrapped here.\n\nNew paragraph starts.',
    );
    expect(normaliseProse('A\r\n\r\nB')).toBe('A\n\nB');
  });

  it('removes control characters and NUL bytes', () => {
    expect(normaliseProse('a\u0000b\u0007c')).toBe('abc');
  });
});

describe('languageFromName', () => {
  it.each([
    ['Chinese', 'zh'],
    ['ENGLISH', 'en'],
    ['english', 'en'],
    ['', undefined],
    ['Klingon', undefined],
  ])('%j → %j', (name, lang) => expect(languageFromName(name)).toBe(lang));
});

describe('detectLanguage', () => {
  it('tells Chinese from English, with English terms inside Chinese text', () => {
    expect(detectLanguage('本文提出了一种基于Transformer的方法，用于LLM推理加速。')).toBe('zh');
    expect(detectLanguage('We propose a transformer-based method for faster inference.')).toBe(
      'en',
    );
    expect(detectLanguage('ok')).toBe('und');
  });
});
