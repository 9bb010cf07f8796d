/**
 * The chain gap board (补链 · 强链 · 延链): for each chain, which segments have no local enterprise,
 * which rest on too little, how complete the chain is, and how much of its supply is local.
 */
import type { AwardLevel, Locality, Stage } from '../graph/types';
import type { AnalysedGraph, AnalysedNode } from './analysedGraph';
import { chainEnterprises, chainSegments, segmentMembership, stageOf } from './chain-membership';
import { neighbourNodes } from './graph-index';
import { buildSupplyIndex } from './supply';

/** missing: no local enterprise (补链) · weak: one, or none with an award (强链) · strong: otherwise. */
export type SegmentStatus = 'missing' | 'weak' | 'strong';

export interface GapEnterprise {
  id: string;
  name: string;
  awardLevel: AwardLevel;
  awards: string[];
}

export interface GapSegment {
  id: string;
  name: string;
  stage: Stage | null;
  key: boolean;
  localEnterprises: GapEnterprise[];
  status: SegmentStatus;
  /** 2 for a key segment, else 1. */
  weight: number;
  /** strong 1, weak 0.5, missing 0. */
  value: number;
}

export interface Completeness {
  /** earned / possible; null when the chain has no segment. */
  score: number | null;
  /** Σ weight × value over the segments. */
  earned: number;
  /** Σ weight over the segments. */
  possible: number;
}

export interface EnterpriseSupply {
  id: string;
  name: string;
  suppliers: number;
  localSuppliers: number;
  /** localSuppliers / suppliers; null with no supplier. */
  localSupplyRate: number | null;
}

export interface SingleSupplierDependency {
  enterpriseId: string;
  supplierId: string;
  supplierLocality: Locality;
}

export interface ChainGapReport {
  chainId: string;
  chainName: string;
  segments: GapSegment[];
  completeness: Completeness;
  /** 本地配套率: of the supply ties into the chain's local enterprises, the share from local suppliers. */
  localSupply: { localTies: number; ties: number; rate: number | null };
  /** The chain's local enterprises, each with its own local supply rate. */
  enterprises: EnterpriseSupply[];
  /** The chain's local enterprises that depend on exactly one supplier. */
  singleSupplierDependencies: SingleSupplierDependency[];
}

const STATUS_VALUE: Record<SegmentStatus, number> = { missing: 0, weak: 0.5, strong: 1 };

function segmentStatus(localEnterprises: readonly GapEnterprise[]): SegmentStatus {
  if (localEnterprises.length === 0) return 'missing';
  const awarded = localEnterprises.some((enterprise) => enterprise.awardLevel !== 'none');
  return localEnterprises.length === 1 || !awarded ? 'weak' : 'strong';
}

/**
 * One report per `chain` node, in file order. A chain's enterprises are those whose sectors name it
 * or that belong to one of its segments; a segment counts only its explicit members (see
 * `segmentMembership`), so an enterprise tagged with a bare stage fills no segment.
 */
export function chainGapBoard(graph: AnalysedGraph): ChainGapReport[] {
  const membership = segmentMembership(graph);
  const supplierIndex = buildSupplyIndex(graph, 'suppliers');

  const gapSegment = (segment: AnalysedNode): GapSegment => {
    const localEnterprises = (membership.membersOf.get(segment.id) ?? [])
      .filter((node) => node.type === 'enterprise' && node.locality === 'local')
      .map(({ id, name, awardLevel, awards }) => ({ id, name, awardLevel, awards }));
    const status = segmentStatus(localEnterprises);
    return {
      id: segment.id,
      name: segment.name,
      stage: stageOf(segment),
      key: segment.key,
      localEnterprises,
      status,
      weight: segment.key ? 2 : 1,
      value: STATUS_VALUE[status],
    };
  };

  return graph.nodes
    .filter((node) => node.type === 'chain')
    .map((chain) => {
      const segments = chainSegments(graph, chain.id).map(gapSegment);
      const earned = segments.reduce((sum, segment) => sum + segment.weight * segment.value, 0);
      const possible = segments.reduce((sum, segment) => sum + segment.weight, 0);

      const localEnterprises = chainEnterprises(graph, chain.id, membership).filter(
        (node) => node.locality === 'local',
      );
      const withSuppliers = localEnterprises.map((enterprise) => ({
        enterprise,
        suppliers: neighbourNodes(supplierIndex, enterprise.id),
      }));
      const enterprises = withSuppliers.map(({ enterprise, suppliers }) =>
        enterpriseSupply(enterprise, suppliers),
      );
      const ties = enterprises.reduce((sum, enterprise) => sum + enterprise.suppliers, 0);
      const localTies = enterprises.reduce((sum, enterprise) => sum + enterprise.localSuppliers, 0);

      return {
        chainId: chain.id,
        chainName: chain.name,
        segments,
        completeness: { score: possible === 0 ? null : earned / possible, earned, possible },
        localSupply: { localTies, ties, rate: ties === 0 ? null : localTies / ties },
        enterprises,
        singleSupplierDependencies: withSuppliers.flatMap(({ enterprise, suppliers: [only, ...others] }) =>
          only && others.length === 0
            ? [{ enterpriseId: enterprise.id, supplierId: only.id, supplierLocality: only.locality }]
            : [],
        ),
      };
    });
}

function enterpriseSupply(
  enterprise: AnalysedNode,
  supplierNodes: readonly AnalysedNode[],
): EnterpriseSupply {
  const suppliers = supplierNodes.length;
  const localSuppliers = supplierNodes.filter((node) => node.locality === 'local').length;
  return {
    id: enterprise.id,
    name: enterprise.name,
    suppliers,
    localSuppliers,
    localSupplyRate: suppliers === 0 ? null : localSuppliers / suppliers,
  };
}
