/** How many hops the enterprise circle reaches from its focus: the toolbar, keys, links and stories share it. */
export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];

export const isDepth = (value: unknown): value is Depth => (DEPTHS as readonly unknown[]).includes(value);

export const MIN_DEPTH: Depth = DEPTHS[0];
export const MAX_DEPTH: Depth = DEPTHS[DEPTHS.length - 1] as Depth;
