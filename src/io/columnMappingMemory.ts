/**
 * Column mappings remembered per header list in localStorage, so the next upload of a file laid out
 * the same way needs no mapping by hand. localStorage can throw (private mode, full, disabled): a
 * remembered mapping is a convenience, so failures are ignored.
 */
import { EDGE_FIELDS, NODE_FIELDS, type ColumnRole } from '../domain/csv/headers';

const KEY_PREFIX = 'chain-explorer.columns:';
const ROLES: ReadonlySet<string> = new Set<string>([...NODE_FIELDS, ...EDGE_FIELDS, 'keep']);

const keyOf = (header: readonly string[]): string => KEY_PREFIX + JSON.stringify(header);

const isRoleList = (value: unknown, length: number): value is ColumnRole[] =>
  Array.isArray(value) &&
  value.length === length &&
  value.every((role) => typeof role === 'string' && ROLES.has(role));

/** The roles last used for exactly this header list, or null. */
export function rememberedRoles(
  header: readonly string[],
  storage: () => Storage = () => localStorage,
): ColumnRole[] | null {
  try {
    const text = storage().getItem(keyOf(header));
    const value: unknown = text === null ? null : JSON.parse(text);
    return isRoleList(value, header.length) ? value : null;
  } catch {
    return null;
  }
}

export function rememberRoles(
  header: readonly string[],
  roles: readonly ColumnRole[],
  storage: () => Storage = () => localStorage,
): void {
  try {
    storage().setItem(keyOf(header), JSON.stringify(roles));
  } catch {
    // Not remembered: the user maps the columns again next time.
  }
}
