import { formatPort, makePort, PORT_TCP } from '../src/runtime/port';

test('ports print as number/proto', () => {
  expect(formatPort(makePort(80, PORT_TCP))).toBe('80/tcp');
});
