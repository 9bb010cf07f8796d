import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHashHistory, PUSH_DELAY_MS, type HashWindow } from '../../src/io/urlHash';

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
  it('makes one entry for a burst of changes, once they pause', () => {
    const browser = fakeWindow('#lang=en');
    const history = createHashHistory(browser.target);
    history.push('#type=enterprise&lang=en');
    vi.advanceTimersByTime(PUSH_DELAY_MS / 2);
    history.push('#type=enterprise,university&lang=en');
    expect(browser.entries).toEqual(['#lang=en']);
    vi.advanceTimersByTime(PUSH_DELAY_MS);
    expect(browser.entries).toEqual(['#lang=en', '#type=enterprise,university&lang=en']);
  });

  it('makes no entry when the address already shows the view', () => {
    const browser = fakeWindow('#lang=en');
    createHashHistory(browser.target).push('#lang=en');
    vi.runAllTimers();
    expect(browser.entries).toEqual(['#lang=en']);
  });

  it('replaces the current entry at once, dropping a push not yet made', () => {
    const browser = fakeWindow('#layout=nope');
    const history = createHashHistory(browser.target);
    history.push('#layout=lanes&lang=en');
    history.replace('#lang=en');
    vi.runAllTimers();
    expect(browser.entries).toEqual(['#lang=en']);
  });

  it('reports back and forward with the entry’s hash, and a pending push never cuts off the forward history', () => {
    const browser = fakeWindow('#lang=en');
    const history = createHashHistory(browser.target);
    const seen: string[] = [];
    const stop = history.onNavigate((hash) => seen.push(hash));
    history.push('#layout=circle&lang=en');
    vi.runAllTimers();
    history.push('#layout=lanes&lang=en');
    browser.back();
    vi.runAllTimers();
    expect(seen).toEqual(['#lang=en']);
    expect(browser.entries).toEqual(['#lang=en', '#layout=circle&lang=en']);
    browser.forward();
    expect(seen).toEqual(['#lang=en', '#layout=circle&lang=en']);
    stop();
    browser.back();
    expect(seen).toHaveLength(2);
  });
});
