import type { DefaultTheme } from 'vitepress';

/**
 * MiniSearch tokenizer for Chinese and English together. MiniSearch's default splits on spaces and
 * punctuation, so a run of Chinese characters would be one token and `托管` would never match inside
 * `托管工资`. Runs of Han characters become overlapping character bigrams (`托管工资` → 托管, 管工, 工资;
 * one character stays one token); other text is split into words as before. The same function
 * tokenizes the index (at build time, in Node) and the query (in the browser), so both agree.
 *
 * It must be self-contained: VitePress serializes it into the client bundle with `toString()`.
 */
export const tokenizeMixedText = (text: string): string[] => {
  const tokens: string[] = [];
  for (const run of text.match(/\p{Script=Han}+|[\p{L}\p{N}_]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) tokens.push(run);
    else if (run.length === 1) tokens.push(run);
    else for (let i = 0; i < run.length - 1; i += 1) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
};

/** VitePress's built-in local search with the tokenizer above and Chinese UI strings. */
export const localSearch: DefaultTheme.Config['search'] = {
  provider: 'local',
  options: {
    miniSearch: {
      options: { tokenize: tokenizeMixedText },
      // Bigrams are short: no fuzzy edits on them, but keep prefix matching for partial words.
      searchOptions: { tokenize: tokenizeMixedText, fuzzy: 0.1, prefix: true },
    },
    locales: {
      root: {
        translations: {
          button: { buttonText: '搜索文档', buttonAriaLabel: '搜索文档' },
          modal: {
            displayDetails: '显示详细列表',
            resetButtonTitle: '清除查询',
            backButtonTitle: '关闭搜索',
            noResultsText: '没有找到结果',
            footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
          },
        },
      },
    },
  },
};
