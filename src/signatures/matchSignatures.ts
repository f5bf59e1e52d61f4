/**
 * An RxJS operator over the matcher: turns a stream of per-connection inputs (first packet of a
 * direction, stream chunks, datagrams, removal) into a stream of signature firings. Each firing
 * is emitted synchronously while its input is processed, so marble tests state the timing
 * rules of engine.md 5.9 exactly.
 */
import { Observable, type OperatorFunction } from 'rxjs';
import type { HeaderFacts } from './HeaderFacts';
import {
  createSignatureEngine, finishConn, initEndpoint, matchDatagram, matchGap, matchIcmp, matchStream, newConnMatch,
  type ConnMatchState, type MatcherOptions, type SignatureState,
} from './matcher';
import type { Signature } from './Signature';

/** One input to {@link matchSignatures}. `conn` identifies the connection (used as a Map key). */
export type SignatureInput<C> =
  | { kind: 'packet'; conn: C; proto: number; isOrig: boolean; facts: HeaderFacts }
  | { kind: 'stream'; conn: C; isOrig: boolean; data: Uint8Array }
  | { kind: 'gap'; conn: C; isOrig: boolean }
  | { kind: 'datagram'; conn: C; isOrig: boolean; data: Uint8Array }
  | { kind: 'icmp'; conn: C; isOrig: boolean; data: Uint8Array }
  | { kind: 'finish'; conn: C };

/** One firing: `event "msg"` (`name` undefined), a custom event, or `enable`. */
export interface SignatureFiring<C> {
  kind: 'signature_match' | 'event' | 'enable';
  /** Custom event name or analyzer name. */
  name?: string;
  state: SignatureState<C>;
  msg?: string;
  data: string;
  endOfMatch: number;
}

/** Script-side callbacks for {@link matchSignatures}. */
export interface MatchSignaturesOptions<C> extends MatcherOptions {
  eval?: (name: string, state: SignatureState<C>, data: string) => boolean;
  isEstablished?: (conn: C) => boolean;
}

/**
 * Matches signatures over a stream of connection inputs. A `packet` input initialises its
 * direction on first sight only (later packets of that direction are ignored, as in 5.4).
 *
 * ## Example
 * ```ts
 * inputs$.pipe(matchSignatures(loadSignatures(files))).subscribe((f) => console.log(f.state.sig_id, f.msg));
 * ```
 */
export function matchSignatures<C>(
  signatures: readonly Signature[],
  options: MatchSignaturesOptions<C> = {},
): OperatorFunction<SignatureInput<C>, SignatureFiring<C>> {
  return (source) =>
    new Observable<SignatureFiring<C>>((subscriber) => {
      const engine = createSignatureEngine<C>(
        signatures,
        {
          signatureMatch: (state, msg, data, endOfMatch) =>
            subscriber.next({ kind: 'signature_match', state, msg, data, endOfMatch }),
          customEvent: (name, state, msg, data, endOfMatch) =>
            subscriber.next({ kind: 'event', name, state, msg, data, endOfMatch }),
          enable: (name, state) => subscriber.next({ kind: 'enable', name, state, data: '', endOfMatch: 0 }),
          eval: options.eval,
          isEstablished: options.isEstablished,
        },
        options,
      );
      const conns = new Map<C, ConnMatchState<C>>();
      return source.subscribe({
        next: (input) => {
          let cm = conns.get(input.conn);
          if (input.kind === 'finish') {
            if (cm) {
              finishConn(engine, cm);
              conns.delete(input.conn);
            }
            return;
          }
          if (input.kind === 'packet') {
            if (!cm) conns.set(input.conn, (cm = newConnMatch(engine, input.conn, input.proto)));
            if ((input.isOrig ? cm.orig : cm.resp) === null) initEndpoint(engine, cm, input.isOrig, input.facts);
            return;
          }
          // Data before any packet of the connection: the proto is unknown, use 0.
          if (!cm) conns.set(input.conn, (cm = newConnMatch(engine, input.conn, 0)));
          if (input.kind === 'stream') matchStream(engine, cm, input.isOrig, input.data);
          else if (input.kind === 'gap') matchGap(engine, cm, input.isOrig);
          else if (input.kind === 'datagram') matchDatagram(engine, cm, input.isOrig, input.data);
          else matchIcmp(engine, cm, input.isOrig, input.data);
        },
        error: (e) => subscriber.error(e),
        complete: () => {
          for (const cm of conns.values()) finishConn(engine, cm);
          conns.clear();
          subscriber.complete();
        },
      });
    });
}
