import type { DefaultTheme } from 'vitepress';
import { STANDARD_PAGES } from '../build/standard-pages.js';

/** Theme config of the zh-CN locale (the site root: the standard's first readers read Chinese). */
export function zhThemeConfig(): DefaultTheme.Config {
  const guides: DefaultTheme.SidebarItem[] = [
    { text: '快速开始（合作平台）', link: '/guide/getting-started' },
    { text: '用 Mock 做集成测试', link: '/guide/integration-testing' },
    { text: '城市部署参考服务器', link: '/guide/deployment' },
    { text: '一致性测试与认证', link: '/guide/conformance' },
    { text: 'Webhook 与签名验证', link: '/guide/webhooks' },
    { text: '术语表（中英对照）', link: '/glossary' },
  ];
  const standard: DefaultTheme.SidebarItem[] = STANDARD_PAGES.map((page) => ({
    text: page.zhTitle,
    link: `/standard/${page.slug === 'index' ? '' : page.slug}`,
  }));
  return {
    nav: [
      { text: '指南', link: '/guide/getting-started', activeMatch: '^/guide/' },
      { text: '标准', link: '/standard/', activeMatch: '^/standard/' },
      { text: 'API 参考', link: '/api' },
      { text: 'SDK 参考', link: '/sdk' },
      { text: '术语表', link: '/glossary' },
    ],
    sidebar: {
      '/guide/': [{ text: '指南', items: guides }],
      '/glossary': [{ text: '指南', items: guides }],
      '/standard/': [{ text: '标准', items: standard }],
    },
    outline: { level: [2, 3], label: '本页目录' },
    docFooter: { prev: '上一页', next: '下一页' },
    darkModeSwitchLabel: '外观',
    sidebarMenuLabel: '菜单',
    returnToTopLabel: '回到顶部',
    langMenuLabel: '语言',
    footer: { message: 'Apache-2.0 许可发布', copyright: '零工市场互联互通标准工作组' },
  };
}
