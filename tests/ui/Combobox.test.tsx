import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Combobox, type ComboboxOption } from '../../src/ui/Combobox';

const options: ComboboxOption[] = [
  { id: 'n1', label: '赛乐(常州)医疗科技股份有限公司', hint: 'Enterprise' },
  { id: 'n2', label: '常州大学' },
];
const noop = () => undefined;

const render = (extra: Partial<Parameters<typeof Combobox>[0]> = {}) =>
  renderToStaticMarkup(
    <Combobox
      label="From"
      text="sl"
      options={options}
      editing
      onTextChange={noop}
      onPick={noop}
      onCancel={noop}
      {...extra}
    />,
  );

/** The static markup: keys and clicks need a browser and are covered by the e2e tests. */
describe('Combobox', () => {
  it('is a named combobox that controls a listbox, closed until focused or typed in', () => {
    const html = render();
    const listId = /aria-controls="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain('role="combobox"');
    expect(html).toContain('aria-label="From"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('aria-activedescendant');
    expect(html).toContain(
      `<ul id="${listId}" role="listbox" aria-label="From" class="combobox-list" hidden=""`,
    );
  });

  it('lists every option with its own id, the first highlighted, the hint only when given', () => {
    const html = render({ listLabel: 'Search results' });
    const listId = /aria-controls="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain('aria-label="Search results"');
    expect(html).toContain(`id="${listId}-0" role="option" aria-selected="true"`);
    expect(html).toContain(`id="${listId}-1" role="option" aria-selected="false"`);
    expect(html.match(/class="combobox-hint"/g)).toHaveLength(1);
    expect(html).toContain('常州大学');
  });

  it('takes a visible label by id, the input type and the wrapper class from the caller', () => {
    const html = render({
      inputId: 'picker-from',
      type: 'search',
      className: 'search',
      placeholder: 'Type…',
    });
    expect(html).toMatch(/^<div class="combobox search">/);
    expect(html).toContain('id="picker-from" type="search"');
    expect(html).toContain('placeholder="Type…"');
  });

  it('escapes user text rather than reading it as markup', () => {
    const html = render({ options: [{ id: 'x', label: '<b>Acme</b>' }] });
    expect(html).toContain('&lt;b&gt;Acme&lt;/b&gt;');
  });
});
