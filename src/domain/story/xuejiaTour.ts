/**
 * The built-in tour of the bundled map (data/nodes.csv, data/edges.csv). Captions state only what the
 * 2024 article on 常州生命健康产业园区(薛家镇) states (see data/README.md); ids are the bundled ones.
 */
import { stepDefaults, type Step, type Story } from './types';

/** A step with the fields it does not state left as they are; fresh arrays and objects for each step. */
const tourStep = (step: Pick<Step, 'id' | 'title' | 'caption'> & Partial<Step>): Step => ({
  ...stepDefaults(),
  ...step,
});

export const xuejiaTour: Story = {
  version: 1,
  id: 'xuejia-2024',
  title: { zh: '薛家产业链图谱导览', en: 'A tour of the Xuejia industry-chain map' },
  steps: [
    tourStep({
      id: 'overview',
      title: { zh: '薛家一览', en: 'Xuejia at a glance' },
      caption: {
        zh: '常州生命健康产业园区(薛家镇)聚焦“国际智造名镇、一流创新园区、产城融合样板、乡村振兴示范”四大定位，在全市乡镇板块首创产业链图谱。',
        en: 'Four aims: intelligent-manufacturing town, innovation park, industry–city model, rural revival. The first town in Changzhou to map its industry chains.',
      },
    }),
    tourStep({
      id: 'synbio',
      title: { zh: '合成生物港', en: 'Synthetic biology hub' },
      caption: {
        zh: '薛家镇依托长三角合成生物产业创新园，已聚集合成生物企业61家，占全区的80%，产值超百亿元；全国首个省级合成生物标准化技术委员会揭牌成立。',
        en: "The town has 61 synthetic-biology firms, 80% of the district's, output over 10 billion yuan; China's first provincial standards committee for the field.",
      },
      filters: { sectors: ['chain-synbio'] },
      highlightedNodes: [
        'plat-synbio-park',
        'plat-njnu-synbio',
        'plat-njnu-poc',
        'plat-njnu-pilot',
        'plat-njnu-pilot-base',
        'plat-synbio-std',
      ],
    }),
    tourStep({
      id: 'njnu-institute',
      title: { zh: '南师大产业研究院', en: "NJNU's institute" },
      caption: {
        zh: '南京师范大学常州合成生物学产业研究院完成建设概念验证平台、中试平台正式启用，正在申报省合成生物技术创新中心和省合成生物产业(技术)研究院。',
        en: "NJNU's Changzhou institute built a proof-of-concept platform and opened a pilot platform; it is applying for two provincial synthetic-biology centres.",
      },
      layout: 'circle',
      focus: 'plat-njnu-synbio',
      highlightedNodes: [
        'uni-njnu',
        'plat-njnu-poc',
        'plat-njnu-pilot',
        'plat-js-synbio-tic',
        'plat-js-synbio-institute',
      ],
      highlightedEdges: [
        'uni-njnu->plat-njnu-synbio#incubation',
        'plat-njnu-synbio->plat-js-synbio-tic#incubation',
        'plat-njnu-synbio->plat-js-synbio-institute#incubation',
      ],
    }),
    tourStep({
      id: 'dental',
      title: { zh: '东方牙谷', en: 'Oriental Dental Valley' },
      caption: {
        zh: '薛家镇全力构建“设备、耗材、诊疗、服务”完整产业链，打造“东方牙谷”，力争通过五年时间，牙科产业规模突破60亿元。',
        en: 'A complete dental chain — equipment, consumables, treatment, services — as the “Oriental Dental Valley”, aiming at 6 billion yuan within five years.',
      },
      filters: { sectors: ['chain-dental'] },
      layout: 'lanes',
      highlightedNodes: [
        'seg-dental-equipment',
        'seg-dental-consumables',
        'seg-dental-treatment',
        'seg-dental-service',
      ],
    }),
    tourStep({
      id: 'pharma-carriers',
      title: { zh: '医药创新载体', en: 'Carriers for pharma innovation' },
      caption: {
        zh: '省药监局器械审评工作站、南师大合成生物中试基地及省级制造业创新中心相继建成投用，全链条支持医药产业创新发展。',
        en: "A device-review workstation, NJNU's synthetic-biology pilot base and a manufacturing innovation centre opened, supporting pharma innovation along the chain.",
      },
      filters: { sectors: ['chain-health'] },
      highlightedNodes: ['plat-nmpa-station', 'plat-njnu-pilot-base', 'plat-mfg-innov', 'plat-synbio-std'],
    }),
    tourStep({
      id: 'nev-equipment',
      title: { zh: '新能源与装备项目', en: 'New energy and equipment projects' },
      caption: {
        zh: '创成全区唯一市级新能源应用示范工业园区，2025年打造整车配套供应链对接平台；欧朗技改助力常州新能源之都建设；河海新能源超导热芯高端装备项目是省重大项目。',
        en: "Municipal new-energy demo park; a vehicle supply platform planned for 2025. Oulang helps Changzhou's new-energy drive; Hehai's is a provincial key project.",
      },
      highlightedNodes: ['plat-nev-park', 'plat-nev-supply', 'ent-oulang', 'ent-hehai'],
    }),
    tourStep({
      id: 'national-honours',
      title: { zh: '国家级荣誉', en: 'National honours' },
      caption: {
        zh: '天地自动化摘得国家级制造业单项冠军，电装获评国家级绿色工厂，维尔利入选国家发改委《绿色技术推广目录》，药研所创成国家博士后科研工作站。',
        en: 'Tiandi: national single-product champion. DENSO: national green factory. Weierli: NDRC green-tech list. The pharma institute: national postdoc workstation.',
      },
      filters: { awardLevels: ['national'] },
    }),
    tourStep({
      id: 'sailer',
      title: { zh: '赛乐医疗的朋友圈', en: "Saile Medical's circle" },
      caption: {
        zh: '赛乐医疗2016年落户薛家，深耕高端牙科设备耗材领域，是国家级专精特新“小巨人”企业；2024年9月新总部落成，项目总投资3亿元。',
        en: 'In Xuejia since 2016, Saile makes high-end dental equipment and consumables; a national “little giant”, it opened a 300-million-yuan HQ in September 2024.',
      },
      layout: 'circle',
      focus: 'ent-sailer',
      depth: 2,
      highlightedNodes: ['seg-dental-equipment', 'seg-dental-consumables'],
    }),
    tourStep({
      id: 'universities',
      title: { zh: '高校与联盟', en: 'Universities and alliances' },
      caption: {
        zh: '薛家与南京医科大学、江苏理工学院、常州大学等高校签订党建联盟协议，与西安交通大学、南昌大学等23所高校强化引才联盟。',
        en: 'Party-building alliances with Nanjing Medical U., Jiangsu U. of Technology and Changzhou U.; a talent alliance with 23 universities, Xi’an Jiaotong among them.',
      },
      filters: { types: ['university'], keepNeighbours: true },
      highlightedEdges: [
        'plat-xuejia->uni-njmu#alliance',
        'plat-xuejia->uni-jsut#alliance',
        'plat-xuejia->uni-cczu#alliance',
        'plat-xuejia->uni-xjtu#alliance',
        'plat-xuejia->uni-ncu#alliance',
      ],
    }),
    tourStep({
      id: 'services',
      title: { zh: '惠企服务', en: 'Services for enterprises' },
      caption: {
        zh: '深入实施“惠企创优年”一号工程，知识产权保护中心等4家市级部门直通车入驻商会服务中心及产业创新实践中心，惠企政策实现直达智享。',
        en: 'Four city-level service desks, among them the IP protection centre, moved into the chamber service centre and the industrial innovation practice centre.',
      },
      layout: 'circle',
      focus: 'plat-ipc',
      highlightedNodes: ['plat-chamber', 'plat-innov-practice'],
    }),
  ],
};
