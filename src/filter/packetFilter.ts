import type { TraceRecord } from '../input/TraceRecord';
import type { FilterNode } from './ast';
import { acceptsEverything } from './acceptsEverything';
import { compileNode, type Pred } from './compile';
import { FilterError } from './FilterError';
import { linkLayout } from './linkLayout';
import { parseFilter } from './parser';
import { OUT_OF_RANGE } from './reads';

/** A compiled capture filter: decide, from a record's raw bytes, whether rxbro sees the packet. */
export interface PacketFilter {
  /** The expression as given. */
  readonly expression: string;
  /**
   * True when the expression passes every packet (empty, or `X or not X` such as Zeek's default
   * `ip or not ip`): the engine then installs no predicate, keeping the packet path free.
   */
  readonly acceptsAll: boolean;
  /**
   * Whether the record passes. A load past the captured bytes rejects the packet (BPF's rule).
   * A link type the expression cannot apply to rejects every packet of it.
   */
  matches(rec: Pick<TraceRecord, 'data' | 'caplen' | 'len' | 'linkType'>): boolean;
  /**
   * The predicate for one link type, compiled now; throws `FilterError` when the expression
   * cannot apply to it (`ether host` on raw IP). Call it up front to report that before the run.
   */
  forLinkType(linkType: number): Pred;
}

/**
 * Compiles a pcap-filter(7) expression (parse once; closures per link type on first use).
 * Throws `FilterError` when the expression does not parse.
 *
 * ## Example
 * ```ts
 * const f = compileFilter('tcp port 80 and not host 10.0.0.1');
 * for (const rec of records) if (f.matches(rec)) decoder.decode(rec);
 * ```
 */
export function compileFilter(expression: string): PacketFilter {
  // An empty expression accepts everything, as libpcap's.
  const ast: FilterNode | undefined = expression.trim() === '' ? undefined : parseFilter(expression);
  const byLink = new Map<number, Pred>();
  let lastLink = -1;
  let last: Pred = () => true;

  const forLinkType = (linkType: number): Pred => {
    const known = byLink.get(linkType);
    if (known) return known;
    let pred: Pred;
    if (ast === undefined) pred = () => true;
    else {
      const layout = linkLayout(linkType);
      if (!layout) throw new FilterError(`filters are not supported on link type ${linkType}`, expression, 0, '');
      pred = compileNode(ast, layout, expression);
    }
    byLink.set(linkType, pred);
    return pred;
  };

  return {
    expression,
    acceptsAll: acceptsEverything(ast),
    forLinkType,
    matches(rec) {
      if (rec.linkType !== lastLink) {
        try {
          last = forLinkType(rec.linkType);
        } catch (e) {
          if (!(e instanceof FilterError)) throw e;
          last = () => false;
          byLink.set(rec.linkType, last);
        }
        lastLink = rec.linkType;
      }
      try {
        return last(rec.data, rec.caplen, rec.len);
      } catch (e) {
        if (e === OUT_OF_RANGE) return false;
        throw e;
      }
    },
  };
}
