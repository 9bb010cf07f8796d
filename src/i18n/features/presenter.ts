/** Strings of the presenter feature, in both languages; zh is checked against en by TypeScript. */
export const en = {} as const;

export const zh: Record<keyof typeof en, string> = {};
