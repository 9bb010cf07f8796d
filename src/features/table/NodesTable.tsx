import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { changesOf, visibleOf } from '../../store/derived';
import { useT } from '../../store/i18n';
import { downloadText, exportFileName } from '../../io/download';
import {
  buildTableRows,
  columnsFor,
  COLUMN_TITLES,
  nextSortOrder,
  sortTableRows,
  tableCsv,
  type SortOrder,
  type TableRow,
} from './tableModel';

/** Fixed row height in px: the windowing below computes which rows are on screen from it (and styles.css uses it). */
const ROW_HEIGHT = 30;
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank band. */
const OVERSCAN = 10;

/** Which rows are on screen, from the scroll position and the viewport's height; only those are rendered. */
function useRowWindow(scroller: React.RefObject<HTMLDivElement | null>, rowCount: number) {
  const [firstVisible, setFirstVisible] = useState(0);
  const [viewportRows, setViewportRows] = useState(20);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewportRows(Math.ceil(element.clientHeight / ROW_HEIGHT));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);
  const onScroll = () => setFirstVisible(Math.floor((scroller.current?.scrollTop ?? 0) / ROW_HEIGHT));
  const start = Math.max(0, firstVisible - OVERSCAN);
  const end = Math.min(rowCount, firstVisible + viewportRows + OVERSCAN);
  return { start, end, onScroll };
}

/** Scrolls the least distance that shows row `index` whole below the sticky header. */
const revealRow = (element: HTMLElement, index: number, headerHeight: number): void => {
  const top = index * ROW_HEIGHT;
  const viewport = element.clientHeight - headerHeight;
  if (top < element.scrollTop) element.scrollTop = top;
  else if (top + ROW_HEIGHT > element.scrollTop + viewport) element.scrollTop = top + ROW_HEIGHT - viewport;
};

const KEY_STEPS: Readonly<Record<string, (index: number, page: number, last: number) => number>> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index, page) => index + page,
  PageUp: (index, page) => index - page,
  Home: () => 0,
  End: (_index, _page, last) => last,
};

/**
 * The visible nodes as a sortable grid, windowed (only the rows on screen are in the DOM) so 50k
 * rows scroll smoothly. A row click selects the node on the map; the map's selection is highlighted
 * here and scrolled into view. Rows have one fixed height, so the window is a division of scrollTop
 * (useRowWindow): @tanstack/react-virtual (MIT) earns its place with rows of varying height, not here.
 */
export function NodesTable() {
  const { t, lang } = useT();
  const { graph, visible, selected, origin, changes } = useAppStore(
    useShallow((state) => ({
      graph: state.graph,
      visible: visibleOf(state),
      changes: changesOf(state),
      selected: state.selected,
      origin: state.origin,
    })),
  );
  const { focusNode, setTableOpen } = useAppStore.getState();
  const [order, setOrder] = useState<SortOrder | null>(null);
  const columns = columnsFor(changes !== null);
  const allRows = useMemo(() => buildTableRows(graph, lang, changes), [graph, lang, changes]);
  // A sort by a column no longer shown (the changes turned off) leaves the rows in graph order.
  const shownOrder = order && columns.includes(order.column) ? order : null;
  const allSorted = useMemo(() => sortTableRows(allRows, shownOrder), [allRows, shownOrder]);
  const sorted = useMemo(
    () => allSorted.filter((row) => visible.nodeIds.has(row.node.id)),
    [allSorted, visible],
  );
  const selectedIndex = useMemo(
    () => (selected === null ? -1 : sorted.findIndex((row) => row.node.id === selected)),
    [sorted, selected],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const { start, end, onScroll } = useRowWindow(scroller, sorted.length);
  const rowIdPrefix = useId();

  useEffect(() => {
    if (scroller.current && selectedIndex >= 0)
      revealRow(scroller.current, selectedIndex, header.current?.offsetHeight ?? 0);
  }, [selectedIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEPS[event.key];
    if (!step || sorted.length === 0 || event.target !== event.currentTarget) return;
    event.preventDefault();
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const next = Math.min(sorted.length - 1, Math.max(0, step(selectedIndex, page, sorted.length - 1)));
    const row = sorted[next];
    if (row) focusNode(row.node.id);
  };

  const exportTable = () =>
    downloadText(tableCsv(sorted, lang, columns), exportFileName(origin, 'table', 'csv'), 'text/csv');

  const rowClass = changes ? 'table-row with-changes' : 'table-row';
  const windowed: { row: TableRow; index: number }[] = [];
  for (let index = start; index < end; index++) {
    const row = sorted[index];
    if (row) windowed.push({ row, index });
  }

  return (
    <section className="table-panel">
      <div className="table-toolbar">
        <h2>{t('table.label')}</h2>
        <span className="count">{t('table.count', { count: sorted.length })}</span>
        <button type="button" className="button" onClick={exportTable} disabled={sorted.length === 0}>
          {t('table.export')}
        </button>
        <button type="button" className="button" onClick={() => setTableOpen(false)}>
          {t('table.close')}
        </button>
      </div>
      {sorted.length === 0 && <p className="empty-hint table-empty">{t('table.empty')}</p>}
      <div
        ref={scroller}
        className="table-scroll"
        role="grid"
        aria-label={t('table.label')}
        aria-rowcount={sorted.length + 1}
        aria-colcount={columns.length}
        aria-activedescendant={
          selectedIndex >= start && selectedIndex < end ? `${rowIdPrefix}-${selectedIndex}` : undefined
        }
        tabIndex={0}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="table-head" ref={header}>
          <div role="row" aria-rowindex={1} className={rowClass}>
            {columns.map((column) => (
              <div
                key={column}
                role="columnheader"
                className={`table-cell table-${column}`}
                aria-sort={shownOrder?.column === column ? shownOrder.direction : undefined}
              >
                <button
                  type="button"
                  className="table-sort"
                  onClick={() => setOrder(nextSortOrder(order, column))}
                >
                  {t(COLUMN_TITLES[column])}
                </button>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="table-body" style={{ height: sorted.length * ROW_HEIGHT }}>
          {windowed.map(({ row, index }) => (
            <div
              key={row.node.id}
              id={`${rowIdPrefix}-${index}`}
              role="row"
              aria-rowindex={index + 2}
              aria-selected={index === selectedIndex}
              data-id={row.node.id}
              className={index === selectedIndex ? `${rowClass} table-selected` : rowClass}
              style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
              onClick={() => focusNode(row.node.id)}
            >
              {columns.map((column) => (
                <div
                  key={column}
                  role="gridcell"
                  className={`table-cell table-${column}${column === 'change' && row.change ? ` change-${row.change}` : ''}`}
                  title={row.cells[column]}
                >
                  {row.cells[column]}
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
