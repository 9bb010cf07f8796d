/** Strings for offline use, keyboard and screen-reader access, in both languages; zh is checked against en by TypeScript. */
export const en = {
  'update.available': 'Update available: a new version of Chain Explorer is ready.',
  'update.reload': 'Reload',
  'update.later': 'Later',
  'map.roledescription': 'map',
  'map.keys.hint':
    'Arrow keys move to the nearest node that way; ] and [ step through the neighbours of a node, relation by relation; Enter opens Details (or a group); Esc goes back; + and − zoom; 0 fits the map.',
  'map.keys.noneThatWay': 'No node that way.',
  'map.keys.noNeighbours': 'No neighbours on the map.',
  'map.keys.via': 'Neighbour {index} of {count}: {tie}',
  'map.keys.tie.upstream': '{relation} from {other} to {hub}, upstream',
  'map.keys.tie.downstream': '{relation} from {hub} to {other}, downstream',
  'map.keys.tie.from': '{relation} from {other} to {hub}',
  'map.keys.tie.to': '{relation} from {hub} to {other}',
  'map.keys.tie.undirected': '{relation} with {hub}',
  'map.keys.group': 'Group {name}',
  'map.keys.nameType': '{name}, {type}',
  /** Between the parts of one announcement. */
  'map.keys.separator': '. ',
  'map.keys.chains': 'Chain: {chains}',
  'map.keys.honour': '{level} honour',
  'map.keys.neighbours': '{count} {count|neighbour|neighbours}',
};

export const zh: Record<keyof typeof en, string> = {
  'update.available': '有可用更新：产业链图谱的新版本已就绪。',
  'update.reload': '重新载入',
  'update.later': '稍后',
  'map.roledescription': '地图',
  'map.keys.hint':
    '方向键移到该方向最近的节点；] 和 [ 按关系逐个浏览当前节点的相邻节点；Enter 打开详情（或展开分组）；Esc 返回；+ 和 − 缩放；0 适应窗口。',
  'map.keys.noneThatWay': '该方向没有节点。',
  'map.keys.noNeighbours': '地图上没有相邻节点。',
  'map.keys.via': '第 {index} 个相邻节点，共 {count} 个：{tie}',
  'map.keys.tie.upstream': '从{other}到{hub}的{relation}（上游）',
  'map.keys.tie.downstream': '从{hub}到{other}的{relation}（下游）',
  'map.keys.tie.from': '从{other}到{hub}的{relation}',
  'map.keys.tie.to': '从{hub}到{other}的{relation}',
  'map.keys.tie.undirected': '与{hub}的{relation}',
  'map.keys.group': '分组 {name}',
  'map.keys.nameType': '{name}，{type}',
  'map.keys.separator': '。',
  'map.keys.chains': '产业链：{chains}',
  'map.keys.honour': '{level}荣誉',
  'map.keys.neighbours': '{count} 个相邻节点',
};
