/** A URL fit to be a link: only http and https, so a `javascript:` or `data:` value stays plain text. */
export const safeHttpUrl = (value: string): string | null => {
  if (!/^https?:\/\//i.test(value.trim())) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
};
