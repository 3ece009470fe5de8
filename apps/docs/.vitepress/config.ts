import { defineConfig } from 'vitepress';
import { generateSite } from '../build/generate.js';
import { SITE_DIST } from '../build/paths.js';
import { enThemeConfig } from './locale-en.js';
import { zhThemeConfig } from './locale-zh.js';
import { localSearch } from './search.js';

/**
 * The docs site. The config is a function so that the generated pages (standard, SDK reference)
 * and assets (diagrams, API reference) exist before VitePress lists its pages.
 */
export default async () => {
  const generated = await generateSite();
  for (const step of generated.steps) process.stdout.write(`  generated ${step}\n`);
  return defineConfig({
    srcDir: 'src',
    outDir: SITE_DIST,
    title: '零工市场互联互通标准',
    description: '零工市场、灵活用工平台、人力资源服务机构、保险机构与人社部门之间的互联互通标准',
    // Pages are served as `page.html`, so the built site works on any static server.
    cleanUrls: false,
    lastUpdated: false,
    // A local icon: browsers otherwise request /favicon.ico, which the site does not have.
    head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
    locales: {
      root: { label: '简体中文', lang: 'zh-CN', themeConfig: zhThemeConfig() },
      en: {
        label: 'English',
        lang: 'en',
        title: 'Gig Market Standard',
        description:
          'The interoperability standard for gig markets, platforms, HR agencies, insurers and labour bureaus',
        themeConfig: enThemeConfig(generated.sdkPackages),
      },
    },
    themeConfig: { search: localSearch },
    markdown: { lineNumbers: false },
    vite: {
      // The examples are plain TypeScript files included into the guides; no dependency scanning
      // of the 1 MB API reference page either.
      optimizeDeps: { entries: [] },
      build: { chunkSizeWarningLimit: 2000 },
    },
  });
};
