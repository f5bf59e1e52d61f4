import { makePort, PORT_UDP } from './port';
import { createSet, setAdd } from './table';
import { recordType, setType, T } from './types';
import { valueToJson } from './json';

test('records without unset fields, ports as objects, sets as arrays', () => {
  const R = recordType([{ name: 'p', type: T.port }, { name: 'o', type: T.string, optional: true }, { name: 's', type: setType([T.count]) }]);
  const s = createSet();
  setAdd(s, 3);
  expect(valueToJson({ p: makePort(53, PORT_UDP), s }, R)).toEqual({ p: { port: 53, proto: 'udp' }, s: [3] });
});
