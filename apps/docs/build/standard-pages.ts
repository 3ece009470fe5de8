/**
 * The pages of the standard that the site publishes from `docs/`, with the Chinese title and
 * introduction of each zh-CN page. The normative text stays English (one source, no translation
 * drift); the zh-CN page introduces it in Chinese and then includes it in full.
 */
export interface StandardPage {
  /** Path under `docs/`. */
  source: string;
  /** Path of the page under `standard/` (and `en/standard/`), without `.md`. */
  slug: string;
  /** Short English title for the sidebar. */
  en: string;
  zhTitle: string;
  zhIntro: string;
}

export const STANDARD_PAGES: readonly StandardPage[] = [
  {
    source: 'README.md',
    slug: 'index',
    en: 'Overview',
    zhTitle: '标准概览',
    zhIntro:
      'OpenAPI 3.1 文档是机器可读的标准，本节各页是它的规范性文字说明：通用约定、版本策略、一致性等级，以及各业务域（岗位、结算、保险、信用、报表）的资源与状态机。',
  },
  {
    source: 'conventions.md',
    slug: 'conventions',
    en: 'Conventions',
    zhTitle: '通用约定',
    zhIntro:
      '适用于所有接口的约定：URL 与资源命名、带前缀的标识符及身份证号/统一社会信用代码校验、金额（整数“分”）与时间、RFC 9457 错误、幂等键、游标分页、安全与角色和租户、状态机、事件与 Webhook、沙箱时钟、地区规则覆盖。',
  },
  {
    source: 'versioning.md',
    slug: 'versioning',
    en: 'Versioning',
    zhTitle: '版本策略',
    zhIntro: '标准采用语义化版本：哪些变更属于不兼容变更、客户端必须忽略哪些未知内容、两个大版本如何并行。',
  },
  {
    source: 'conformance.md',
    slug: 'conformance',
    en: 'Conformance levels',
    zhTitle: '一致性等级',
    zhIntro:
      '实现方在服务发现中声明一致性等级：L1 读取、L2 生命周期、L3 安全与健壮性。一致性测试套件（@gigmarket/conformance）从外部通过 HTTP 逐项检查并出具认证报告。',
  },
  {
    source: 'CHANGELOG.md',
    slug: 'changelog',
    en: 'Changelog',
    zhTitle: '变更记录',
    zhIntro: '按版本记录标准的每一项变更。',
  },
  {
    source: 'domains/common.md',
    slug: 'domains/common',
    en: 'Common',
    zhTitle: '公共域：服务发现、认证、事件、Webhook、沙箱',
    zhIntro:
      '所有实现都提供的公共接口：服务发现文档、OAuth2 客户端凭证认证与 /me、事件流、Webhook 订阅与投递、沙箱时钟。',
  },
  {
    source: 'domains/jobs-parties.md',
    slug: 'domains/jobs-parties',
    en: 'Jobs: parties',
    zhTitle: '岗位域：零工市场、零工人员与用工主体',
    zhIntro:
      '零工市场名录与电子地图、零工人员求职登记（实名核验、技能、意向）以及用工主体（企业、个体、家庭）的登记与审核，包含其状态机。',
  },
  {
    source: 'domains/jobs-postings.md',
    slug: 'domains/jobs-postings',
    en: 'Jobs: postings',
    zhTitle: '岗位域：招聘信息、求职申请与人岗匹配',
    zhIntro: '用工登记与岗位发布（多重审核、即时快招）、求职申请的生命周期，以及人岗匹配规则。',
  },
  {
    source: 'domains/jobs-work-orders.md',
    slug: 'domains/jobs-work-orders',
    en: 'Jobs: work orders',
    zhTitle: '岗位域：用工单与电子合同',
    zhIntro: '录用后形成的用工单（派工、到岗、完工、确认）及电子劳动合同/劳务协议的签署流程与状态机。',
  },
  {
    source: 'domains/settlement.md',
    slug: 'domains/settlement',
    en: 'Settlement',
    zhTitle: '结算域：工资托管、支付、抽成、台账、纠纷与欠薪',
    zhIntro:
      '雇主先将报酬托管至持牌支付机构，确认用工后再转入零工账户：托管工资（escrow）的资金、冻结、释放与退款，劳动报酬支付、抽成规则公示、记账台账、劳务纠纷调解与欠薪案件。',
  },
  {
    source: 'domains/insurance.md',
    slug: 'domains/insurance',
    en: 'Insurance',
    zhTitle: '保险域：意外险、职业伤害保障、理赔与补贴',
    zhIntro: '按单投保的意外伤害保险（报价、保单、理赔）、新就业形态职业伤害保障，以及保险与社保补贴。',
  },
  {
    source: 'domains/credit.md',
    slug: 'domains/credit',
    en: 'Credit',
    zhTitle: '信用域：双向互评、信用档案、黑名单、信用修复与查询',
    zhIntro: '用工双方互评、信用事件与积分、失信名单（含欠薪黑名单）、信用修复以及信用查询接口。',
  },
  {
    source: 'domains/reporting.md',
    slug: 'domains/reporting',
    en: 'Reporting',
    zhTitle: '报表域：用工情况报告、就业统计与开放数据',
    zhIntro:
      '平台企业每半年报送的用工情况报告、灵活就业人员活动统计、汇总统计与开放数据（GeoJSON、CSV 等）。',
  },
];
