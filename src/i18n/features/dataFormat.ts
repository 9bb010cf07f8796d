/**
 * The Data format help, in both languages: what data/README.md and the data contract say, for staff
 * who never open the repository. zh is checked against en by TypeScript.
 */
export const en = {
  'format.button': 'Data format',
  'format.title': 'Data format: what to upload',
  'format.close': 'Close',
  'format.intro':
    'A map is two tables: nodes (enterprises, universities, platforms, chains and their segments) and edges (the ties between them). Keep them in Excel and upload them as CSV files or as one workbook (.xlsx); which is which is read from the column headers, not the file names.',
  'format.filesTitle': 'Files',
  'format.files1':
    'CSV: UTF-8, GBK or UTF-16 (what Excel writes with “Save as CSV”), separated by commas, tabs or semicolons. Workbook: sheets named nodes/节点 and edges/关系, or the first sheet; cells are read as Excel shows them.',
  'format.files2':
    'Headers may be Chinese or English, in any case: 编号 or id, 名称 or name… Columns the app does not know are kept, shown in Details and written back on export.',
  'format.nodesTitle': 'Nodes table',
  'format.edgesTitle': 'Edges table',
  'format.column': 'Column',
  'format.meaning': 'What it holds',
  'format.required': 'required',
  'format.node.id': 'A unique key for the row. Kept exactly as written (00123 stays 00123).',
  'format.node.name': 'The name shown on the map. Empty: the id is used.',
  'format.node.type':
    'enterprise 企业 · university 高校 · platform 平台 · chain 产业链 · segment 环节. Empty: enterprise.',
  'format.node.sector': 'The chain(s) it belongs to, by the chain’s id or name; several separated by ; or 、',
  'format.node.segment':
    'upstream 上游 · midstream 中游 · downstream 下游, or the id/name of a segment row. For a segment row: its stage.',
  'format.node.awardLevel':
    'national 国家级 · provincial 省级 · municipal 市级 · none 无. Empty: worked out from the honours.',
  'format.node.awards': 'Honours, separated by ; e.g. 国家级专精特新“小巨人”; 省级智能制造示范车间',
  'format.node.locality':
    'local 本地 (inside the mapped area) or outside 外地 (a partner or an attraction target). Empty: local.',
  'format.node.key': 'For segments: true or 是 marks a key (卡脖子) segment.',
  'format.node.text': 'Free text; evidence says where the facts come from (a quote, a document).',
  'format.node.url': 'A website, shown as a link only when it starts with http:// or https://',
  'format.node.xy': 'Saved positions for the Preset layout (written when you drag nodes and export).',
  'format.edge.ends':
    'The ids of the two nodes it joins (an exact, unique name also works, with a warning). Gephi’s Source/Target are accepted.',
  'format.edge.relation':
    'supply 供应 · cooperation 合作 · research 产学研 · incubation 孵化 · investment 投资 · membership 隶属 · service 服务 · alliance 联盟; another word is kept as your own relation. Supply, investment, incubation and membership point from source to target.',
  'format.edge.weight': 'A number of 0 or more, e.g. a share of purchases.',
  'format.edge.text': 'A short description, and where the tie is known from.',
  'format.chainsTitle': 'Chains, segments and gaps',
  'format.chains':
    'A chain is a row of type chain. Its segments are rows of type segment whose sector names the chain and whose segment column gives the stage. An enterprise is in a segment through its segment column or a membership edge to the segment row. A segment with no local enterprise is shown as a gap (缺链) on the gap board, so write the segments you want, not only the ones you have.',
  'format.checksTitle': 'What the import checks',
  'format.checks':
    'Nothing changes until you press Apply: the report lists every problem by file, row (as Excel numbers it) and column. Fatal: nothing can be applied (no id column, no usable row). Error: that row is skipped (empty or repeated id, an edge to a node that does not exist). Warning: the row is kept (unknown type or relation, a self-loop). An edges file with headers and no rows is a map without edges.',
  'format.singleTitle': 'One file alone',
  'format.single':
    'A nodes file alone replaces the nodes and keeps the current edges whose nodes still exist. An edges file alone makes its nodes from the ids it names.',
  'format.editorialTitle': 'Marking a reading as yours',
  'format.editorial':
    'An optional column editorial (编辑解读) says which fields of a row are your reading rather than what the source states, e.g. locality: 文中未说企业在区内. Details then shows them as an editorial reading.',
  'format.start':
    'Easiest start: export the current map (Export → nodes and edges CSV), open the files in Excel, change them and import them back.',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'format.button': '数据格式',
  'format.title': '数据格式：上传什么',
  'format.close': '关闭',
  'format.intro':
    '一张图谱由两张表组成：节点表（企业、高校、平台、产业链及其环节）和关系表（它们之间的关联）。在 Excel 中维护，以 CSV 文件或一个工作簿（.xlsx）上传；哪张是哪张由表头判断，与文件名无关。',
  'format.filesTitle': '文件',
  'format.files1':
    'CSV：UTF-8、GBK 或 UTF-16（Excel“另存为 CSV”所写的编码），以逗号、制表符或分号分隔。工作簿：名为 nodes/节点 与 edges/关系 的工作表，或第一张工作表；单元格按 Excel 显示的样子读取。',
  'format.files2':
    '表头可用中文或英文，大小写不限：编号 或 id，名称 或 name……程序不认识的列会保留，在详情中显示，并在导出时原样写回。',
  'format.nodesTitle': '节点表',
  'format.edgesTitle': '关系表',
  'format.column': '列',
  'format.meaning': '内容',
  'format.required': '必填',
  'format.node.id': '每行唯一的编号，按原样保留（00123 仍是 00123）。',
  'format.node.name': '图上显示的名称；为空时用编号。',
  'format.node.type':
    'enterprise 企业 · university 高校 · platform 平台 · chain 产业链 · segment 环节；为空时记为企业。',
  'format.node.sector': '所属产业链，写产业链行的编号或名称；多个用 ; 或 、 分隔。',
  'format.node.segment':
    'upstream 上游 · midstream 中游 · downstream 下游，或某个环节行的编号/名称。环节行本身：写它的链位。',
  'format.node.awardLevel':
    'national 国家级 · provincial 省级 · municipal 市级 · none 无；为空时按荣誉推算。',
  'format.node.awards': '荣誉资质，用 ; 分隔，例如 国家级专精特新“小巨人”; 省级智能制造示范车间',
  'format.node.locality':
    'local 本地（图谱所描绘的区域内）或 outside 外地（合作方或招商目标）；为空时记为本地。',
  'format.node.key': '仅用于环节：true 或 是 表示关键（卡脖子）环节。',
  'format.node.text': '自由文字；依据写明信息出处（原文引句、文件名等）。',
  'format.node.url': '网址；以 http:// 或 https:// 开头时才显示为链接。',
  'format.node.xy': '“预设位置”布局保存的坐标（拖动节点后导出即写入）。',
  'format.edge.ends': '所连两个节点的编号（唯一的准确名称也可，会给出提示）。也接受 Gephi 的 Source/Target。',
  'format.edge.relation':
    'supply 供应 · cooperation 合作 · research 产学研 · incubation 孵化 · investment 投资 · membership 隶属 · service 服务 · alliance 联盟；其他词按自定义关系保留。供应、投资、孵化、隶属有方向：由 source 指向 target。',
  'format.edge.weight': '不小于 0 的数字，例如采购占比。',
  'format.edge.text': '简短说明，以及该关联的出处。',
  'format.chainsTitle': '产业链、环节与缺链',
  'format.chains':
    '产业链是类型为 chain 的一行。它的环节是类型为 segment 的行：sector 写该产业链，segment 写链位。企业通过 segment 列或指向环节行的隶属关系归入环节。没有本地企业的环节在补链看板上显示为缺链，所以请写出想要的全部环节，而不只是已有的。',
  'format.checksTitle': '导入时检查什么',
  'format.checks':
    '按下“应用”之前图谱不会改变：导入报告按文件、行号（与 Excel 一致）和列列出每个问题。致命：无法应用（没有编号列、没有可用的数据行）。错误：跳过该行（编号为空或重复、关系指向不存在的节点）。提示：保留该行（未知类型或关系、自环）。关系文件只有表头没有数据行时，图谱只有节点、没有关系。',
  'format.singleTitle': '只上传一个文件',
  'format.single':
    '只上传节点表：替换节点，保留两端节点仍存在的现有关系。只上传关系表：按其中出现的编号生成节点。',
  'format.editorialTitle': '标明“这是我的解读”',
  'format.editorial':
    '可选的 editorial（编辑解读）列写明一行中哪些字段是整理者的解读而非出处原话，例如 locality: 文中未说企业在区内。详情中会把它们标为编辑解读。',
  'format.start': '最简单的开始：先导出当前图谱（导出 → 节点与关系 CSV），用 Excel 打开、修改，再导入。',
} as const;
