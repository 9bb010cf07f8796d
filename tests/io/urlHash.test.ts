import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHashHistory, BURST_GAP_MS, type HashWindow } from '../../src/io/urlHash';

/** A window with a history of hashes, enough for createHashHistory. */
function fakeWindow(hash = '') {
  const entries = [hash];
  let at = 0;
  const listeners = new Set<() => void>();
  const location = { hash };
  const go = (index: number) => {
    at = index;
    location.hash = entries[at] ?? '';
    listeners.forEach((listener) => listener());
  };
  const target = {
    location,
    history: {
      state: null,
      pushState: (_state: unknown, _title: string, url: string) => {
        entries.splice(at + 1, entries.length, url);
        at += 1;
        location.hash = url;
      },
      replaceState: (_state: unknown, _title: string, url: string) => {
        entries[at] = url;
        location.hash = url;
      },
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  } as unknown as HashWindow;
  return { target, entries, back: () => go(at - 1), forward: () => go(at + 1) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the hash history', () => {
  it('shows each change in the address at once, and makes one entry for a burst of changes of one kind', () => {
    const browser = fakeWindow('#lang=en');
    const history = createHashHistory(browser.target);
    history.push('#type=enterprise&lang=en', 'filters');
    expect(browser.target.location.hash).toBe('#type=enterprise&lang=en');
    vi.advanceTimersByTime(BURST_GAP_MS / 2);
    history.push('#type=enterprise,university&lang=en', 'filters');
    expect(browser.target.location.hash).toBe('#type=enterprise,university&lang=en');
    expect(browser.entries).toEqual(['#lang=en', '#type=enterprise,university&lang=en']);
  });

  it('makes a new entry for a change after a pause, of another kind, or of no kind', () => {
    const browser = fakeWindow('#lang=en');
    const history = createHashHistory(browser.target);
    history.push('#sel=a&lang=en', 'selected');
    vi.advanceTimersByTime(BURST_GAP_MS);
    history.push('#sel=b&lang=en', 'selected');
    history.push('#sel=b&type=enterprise&lang=en', 'filters');
    history.push('#sel=b&type=enterprise&layout=lanes&lang=en');
    history.push('#sel=b&type=enterprise&layout=circle&lang=en');
    expect(browser.entries).toEqual([
      '#lang=en',
      '#sel=a&lang=en',
      '#sel=b&lang=en',
      '#sel=b&type=enterprise&lang=en',
      '#sel=b&type=enterprise&layout=lanes&lang=en',
      '#sel=b&type=enterprise&layout=circle&lang=en',
    ]);
  });

  it('makes no entry when the address already shows the view', () => {
    const browser = fakeWindow('#lang=en');
    createHashHistory(browser.target).push('#lang=en');
    vi.runAllTimers();
    expect(browser.entries).toEqual(['#lang=en']);
  });

  it('replaces the current entry, and the next change makes an entry of its own', () => {
    const browser = fakeWindow('#layout=nope');
    const history = createHashHistory(browser.target);
    history.push('#sel=a&layout=nope', 'selected');
    history.replace('#lang=en');
    history.push('#sel=a&lang=en', 'selected');
    expect(browser.entries).toEqual(['#layout=nope', '#lang=en', '#sel=a&lang=en']);
  });

  it('reports back and forward with the entry’s hash, and a change right after moving back makes a new entry', () => {
    const browser = fakeWindow('#lang=en');
    const history = createHashHistory(browser.target);
    const seen: string[] = [];
    const stop = history.onNavigate((hash) => seen.push(hash));
    history.push('#sel=a&lang=en', 'selected');
    history.push('#sel=b&lang=en', 'selected');
    browser.back();
    expect(seen).toEqual(['#lang=en']);
    // Within the burst's gap, yet the entry moved back to is kept: the change goes after it.
    history.push('#sel=c&lang=en', 'selected');
    expect(browser.entries).toEqual(['#lang=en', '#sel=c&lang=en']);
    browser.back();
    browser.forward();
    expect(seen).toEqual(['#lang=en', '#lang=en', '#sel=c&lang=en']);
    stop();
    browser.back();
    expect(seen).toHaveLength(3);
  });
});
