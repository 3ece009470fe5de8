import type { DefaultTheme } from 'vitepress';
import type { SdkPackagePage } from '../build/sdk-reference.js';
import { STANDARD_PAGES } from '../build/standard-pages.js';

/** Theme config of the English locale, under `/en/`. */
export function enThemeConfig(sdkPackages: readonly SdkPackagePage[]): DefaultTheme.Config {
  const guides: DefaultTheme.SidebarItem[] = [
    { text: 'Getting started (partner platforms)', link: '/en/guide/getting-started' },
    { text: 'Integration testing with the mock', link: '/en/guide/integration-testing' },
    { text: 'Deploying the reference server', link: '/en/guide/deployment' },
    { text: 'Conformance and certification', link: '/en/guide/conformance' },
    { text: 'Webhooks and signatures', link: '/en/guide/webhooks' },
    { text: 'Glossary (中文 ↔ English)', link: '/en/glossary' },
  ];
  const standard: DefaultTheme.SidebarItem[] = STANDARD_PAGES.map((page) => ({
    text: page.en,
    link: `/en/standard/${page.slug === 'index' ? '' : page.slug}`,
  }));
  const sdk: DefaultTheme.SidebarItem[] = [
    { text: 'Overview', link: '/en/sdk-reference/' },
    ...sdkPackages.map((page) => ({ text: page.name, link: page.link })),
  ];
  return {
    nav: [
      { text: 'Guide', link: '/en/guide/getting-started', activeMatch: '^/en/guide/' },
      { text: 'Standard', link: '/en/standard/', activeMatch: '^/en/standard/' },
      { text: 'API reference', link: '/en/api' },
      { text: 'SDK reference', link: '/en/sdk-reference/', activeMatch: '^/en/sdk-reference/' },
      { text: 'Glossary', link: '/en/glossary' },
    ],
    sidebar: {
      '/en/guide/': [{ text: 'Guides', items: guides }],
      '/en/glossary': [{ text: 'Guides', items: guides }],
      '/en/standard/': [{ text: 'The standard', items: standard }],
      '/en/sdk-reference/': [{ text: 'SDK reference', items: sdk }],
    },
    outline: { level: [2, 3] },
    footer: { message: 'Released under Apache-2.0', copyright: 'Gig Market Standard working group' },
  };
}
