declare module 'virtual:bundled-overview' {
  /** The bundled map's overview, worked out at build time: a ShippedOverview (./bundledOverview.ts). */
  const overview: { key: string; positions: [id: string, x: number, y: number][] };
  export default overview;
}
