/**
 * The text of every import problem code (src/domain/csv/problems.ts), in both UI languages. The
 * report dialog says where (file, row, column) and the value itself; these say what is wrong and
 * what the import did about it. `{name}` placeholders are filled from the problem's params.
 */

const en = {
  'no-files': 'No file was given.',
  'read-failed': 'The file could not be opened: {message}',
  'unreadable-file': 'The file cannot be read as text ({encoding}). Save it as CSV (UTF-8) and try again.',
  'binary-content':
    'The file holds binary data (NUL bytes): it is not a CSV text file, or it is UTF-16 saved without a byte-order mark.',
  'empty-file': 'The file is empty.',
  'legacy-xls':
    'This is an Excel 97–2003 workbook (.xls), which cannot be read. In Excel, save it as an Excel Workbook (.xlsx) or as CSV UTF-8 and import that.',
  'workbook-encrypted':
    'The workbook is protected by a password, so it cannot be read. In Excel, clear the password (File › Info › Protect Workbook › Encrypt with Password), save, and import again.',
  'not-a-workbook':
    'This is a zip archive, not an Excel workbook (.xlsx). Import the workbook itself, or its sheets saved as CSV.',
  'workbook-unreadable':
    'The workbook cannot be read ({message}); it may be damaged. Open it in Excel, save it again as .xlsx and import that.',
  'missing-required-columns':
    'No id column (for a nodes file) and no source and target columns (for an edge list) were found. Headers read: {columns}',
  'no-valid-rows': 'No usable row ({rows} {rows|row|rows} read): nothing can be imported from this file.',
  'internal-error': 'The import failed unexpectedly: {message}',
  'empty-id': 'The id is empty; the row is skipped.',
  'duplicate-id':
    'This id is already used in {firstFile}, row {firstRow}; the first row is kept and this one skipped.',
  'empty-endpoint': 'This end of the edge is empty; the row is skipped.',
  'unknown-endpoint': 'No node has this id or name; the edge is skipped.',
  'ambiguous-endpoint':
    'Several nodes have this name and none has it as id; the edge is skipped. Use the id.',
  'long-row': 'The row has {found} cells where the header has {expected}; the row is skipped.',
  'malformed-quotes':
    'A quoted cell is not closed properly, so the row cannot be split; it is skipped (and may have taken in the rows after it).',
  'fallback-encoding':
    'The file is neither UTF-8 nor GBK/GB18030; it was read as {encoding}. If text looks wrong, save it as CSV (UTF-8).',
  'duplicate-column': 'This column name appears twice; the later column is ignored.',
  'unnamed-column': 'Column {position} has no header but holds data; it is ignored.',
  'short-row':
    'The row has {found} cells where the header has {expected}; the missing cells are read as empty.',
  'no-type-column': 'There is no type column: every node is taken as an enterprise.',
  'missing-type': 'The type is empty; the node is taken as an enterprise.',
  'unknown-type': 'Unknown type; the node is taken as an enterprise.',
  'unknown-award-level': 'Unknown award level; it is worked out from the awards instead.',
  'unknown-locality': 'Unknown locality; the node is taken as local.',
  'unknown-key-value': 'Not a yes/no value; the segment is not marked as key.',
  'invalid-coordinate': 'Not a number; the saved position is ignored.',
  'unknown-sector':
    'No chain node has this id or name, though it is close to “{near}”; kept as a chain of its own.',
  'unknown-segment': 'Neither a stage (upstream, midstream, downstream) nor a segment node; kept as written.',
  'unknown-relation': 'Not a known relation; it is kept as a custom relation.',
  'invalid-weight': 'The weight must be a number of 0 or more; it is left out.',
  'self-loop': 'The edge joins a node to itself.',
  'duplicate-edge': 'The same {relation} edge from {source} appears earlier; both are kept.',
  'endpoint-by-name': 'Found by name: the node with id {id}.',
  'nodes-from-edges':
    'No nodes file: {count} {count|node was|nodes were} made from the edge ends, with default type and no details.',
  'edges-dropped':
    'No edge list: {kept} edges of the current map are kept, {dropped} dropped because a node they join is gone.',
  'mixed-line-endings': 'Line ends are mixed (CRLF, LF, CR); each was read as a line break.',
  'edges-kept': 'No edge list: the {kept} edges of the current map are kept.',
  'no-edges': 'No edges: the edge list has a header and no rows, so the map has nodes only.',
  'more-problems': '…and {count} more of the same kind ({code}).',
};

const zh: Record<keyof typeof en, string> = {
  'no-files': '没有选择文件。',
  'read-failed': '无法打开该文件：{message}',
  'unreadable-file': '无法按文本读取该文件（{encoding}）。请另存为 CSV（UTF-8）后重试。',
  'binary-content':
    '文件含二进制数据（NUL 字节）：不是 CSV 文本文件，或是未带字节顺序标记（BOM）的 UTF-16 文件。',
  'empty-file': '文件为空。',
  'legacy-xls':
    '这是 Excel 97–2003 工作簿（.xls），无法读取。请在 Excel 中另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”后再导入。',
  'workbook-encrypted':
    '该工作簿设有打开密码，无法读取。请在 Excel 中清除密码（文件 › 信息 › 保护工作簿 › 用密码进行加密），保存后再导入。',
  'not-a-workbook':
    '这是一个 zip 压缩包，不是 Excel 工作簿（.xlsx）。请导入工作簿本身，或另存为 CSV 的工作表。',
  'workbook-unreadable':
    '无法读取该工作簿（{message}），文件可能已损坏。请在 Excel 中打开并重新另存为 .xlsx 后导入。',
  'missing-required-columns':
    '未找到 id 列（节点文件）或 source 与 target 列（关系文件）。读到的表头：{columns}',
  'no-valid-rows': '没有可用的数据行（共读到 {rows} 行），该文件无法导入。',
  'internal-error': '导入意外失败：{message}',
  'empty-id': 'id 为空，已跳过该行。',
  'duplicate-id': '该 id 已在 {firstFile} 第 {firstRow} 行使用；保留首次出现的行，跳过本行。',
  'empty-endpoint': '关系的这一端为空，已跳过该行。',
  'unknown-endpoint': '没有节点的 id 或名称与此相符，已跳过该关系。',
  'ambiguous-endpoint': '有多个节点同名且无节点以此为 id，已跳过该关系。请改用 id。',
  'long-row': '该行有 {found} 个单元格，而表头只有 {expected} 列，已跳过该行。',
  'malformed-quotes': '有引号未正确闭合，无法拆分该行，已跳过（其后若干行可能也被并入）。',
  'fallback-encoding':
    '文件既非 UTF-8 也非 GBK/GB18030，已按 {encoding} 读取。若文字显示异常，请另存为 CSV（UTF-8）。',
  'duplicate-column': '列名重复，后出现的列已忽略。',
  'unnamed-column': '第 {position} 列没有表头但有数据，已忽略。',
  'short-row': '该行只有 {found} 个单元格，而表头有 {expected} 列；缺少的单元格按空值读取。',
  'no-type-column': '缺少类型列：所有节点均按企业处理。',
  'missing-type': '类型为空，按企业处理。',
  'unknown-type': '无法识别的类型，按企业处理。',
  'unknown-award-level': '无法识别的荣誉等级，改为根据荣誉推断。',
  'unknown-locality': '无法识别的区域，按本地处理。',
  'unknown-key-value': '不是“是/否”值，该环节不标记为关键环节。',
  'invalid-coordinate': '不是数字，已忽略保存的位置。',
  'unknown-sector': '没有产业链节点的 id 或名称与此相符，但与“{near}”相近；按原文作为单独的产业链保留。',
  'unknown-segment': '既不是链位（上游、中游、下游）也不是环节节点，按原文保留。',
  'unknown-relation': '无法识别的关系，作为自定义关系保留。',
  'invalid-weight': '权重须为不小于 0 的数字，已略去。',
  'self-loop': '该关系的起点和终点是同一节点。',
  'duplicate-edge': '前面已有从 {source} 出发的同一 {relation} 关系；两条均保留。',
  'endpoint-by-name': '按名称找到节点：id 为 {id}。',
  'nodes-from-edges': '没有节点文件：已根据关系两端生成 {count} 个节点（默认类型，无详细信息）。',
  'edges-dropped': '没有关系文件：保留当前图谱的 {kept} 条关系，{dropped} 条因端点节点已不存在而删除。',
  'mixed-line-endings': '换行符混用（CRLF、LF、CR），均按换行读取。',
  'edges-kept': '没有关系文件：保留当前图谱的全部 {kept} 条关系。',
  'no-edges': '没有关系：关系文件只有表头、没有数据行，图谱只有节点。',
  'more-problems': '……另有 {count} 条同类问题（{code}）。',
};

export const problemMessages: { zh: Record<string, string>; en: Record<string, string> } = { zh, en };
