import { makePort, PORT_TCP } from '../runtime/port';
import { createSet, setAdd } from '../runtime/table';
import { enumType, funcType, recordType, setType, T, type Type } from '../runtime/types';
import { createSignatureResolver, type TrustedNames } from './signatureResolver';

const STATE = recordType([], 'signature_state');
const COLOR = enumType('Color', ['RED', 'GREEN']);

function host(): { globals(): { name: string; type: Type; value: unknown }[]; global(name: string): unknown } {
  const nets = createSet();
  const sn = { prefix: '10.0.0.0', width: 8 };
  nets.map.set('10.0.0.0/8', { index: [sn], value: true });
  const ports = createSet();
  setAdd(ports, makePort(80, PORT_TCP));
  const typed: Record<string, { type: Type; value: unknown }> = {
    n: { type: T.count, value: 17 },
    web: { type: T.port, value: makePort(8080, PORT_TCP) },
    flag: { type: T.bool, value: true },
    color: { type: COLOR, value: 'GREEN' },
    net: { type: T.subnet, value: sn },
    nets: { type: setType([T.subnet]), value: nets },
    ports: { type: setType([T.port]), value: ports },
    s: { type: T.string, value: 'abc' },
    a: { type: T.addr, value: '1.2.3.4' },
    ev: { type: funcType('event', [{ name: 'st', type: STATE }, { name: 'd', type: T.string }]), value: 'ev' },
    'M::f': { type: funcType('function', [{ name: 'st', type: STATE }, { name: 'd', type: T.string }], T.bool), value: () => true },
  };
  const untyped: Record<string, unknown> = { handler_only: 'handler_only', plain_fn: () => true };
  return {
    globals: () => Object.entries(typed).map(([name, g]) => ({ name, ...g })),
    global: (name) => typed[name]?.value ?? untyped[name],
  };
}

describe('createSignatureResolver', () => {
  const resolve = createSignatureResolver(host());

  it('maps typed constants to the parser view (ports to numbers, enums to ordinals, sets element-wise)', () => {
    expect(resolve('n')).toEqual({ type: 'count', value: 17 });
    expect(resolve('web')).toEqual({ type: 'port', value: 8080 });
    expect(resolve('flag')).toEqual({ type: 'bool', value: 1 });
    expect(resolve('color')).toEqual({ type: 'enum', value: 1 });
    expect(resolve('net')).toEqual({ type: 'subnet', addr: '10.0.0.0', width: 8 });
    expect(resolve('nets')).toEqual({ type: 'set', elements: [{ type: 'subnet', addr: '10.0.0.0', width: 8 }] });
    expect(resolve('ports')).toEqual({ type: 'set', elements: [{ type: 'port', value: 80 }] });
    expect(resolve('s')).toEqual({ type: 'string', value: 'abc' });
    expect(resolve('a')).toEqual({ type: 'other', typeName: 'addr' });
    expect(resolve('GLOBAL::n')).toEqual({ type: 'count', value: 17 });
    expect(resolve('missing')).toBeUndefined();
  });

  it('gives declared events and functions their parameter type names', () => {
    expect(resolve('ev')).toEqual({ type: 'event', params: ['signature_state', 'string'] });
    expect(resolve('M::f')).toEqual({ type: 'function', params: ['signature_state', 'string'], yield: 'bool' });
  });

  it('takes events and functions known only by their bodies on trust, remembering the events', () => {
    const trusted: TrustedNames = { events: new Map() };
    const r = createSignatureResolver(host(), trusted);
    expect(r('plain_fn')).toEqual({ type: 'function', params: ['signature_state', 'string'], yield: 'bool' });
    expect(r('handler_only')).toEqual({ type: 'event', params: ['signature_state', 'string', 'string', 'count'] });
    expect([...trusted.events.keys()]).toEqual(['handler_only']);
  });

  it('types an event known only by its handlers from globalType when the program offers it (signatures.custom-event-errors)', () => {
    const trusted: TrustedNames = { events: new Map() };
    const declared: Record<string, Type> = {
      handler_only: funcType('event', [{ name: 'st', type: STATE }, { name: 'msg', type: T.count }, { name: 'd', type: T.string }]),
    };
    const r = createSignatureResolver({ ...host(), globalType: (name) => declared[name] }, trusted);
    expect(r('handler_only')).toEqual({ type: 'event', params: ['signature_state', 'count', 'string'] });
    expect(r('plain_fn')).toEqual({ type: 'function', params: ['signature_state', 'string'], yield: 'bool' });
    expect(trusted.events.size).toBe(0);
  });
});
