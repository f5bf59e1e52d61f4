import { decodeNetbiosName, decodeNetbiosNameType } from './netbios';

test('NetBIOS first-level decoding: name trimmed, type suffix, malformed input', () => {
  expect(decodeNetbiosName('fhepfcelehfcepfffacacacacacacabl')).toBe('WORKGROUP');
  expect(decodeNetbiosNameType('fhepfcelehfcepfffacacacacacacabl')).toBe(0x1b);
  expect(decodeNetbiosName('abcd')).toBe('');
  expect(decodeNetbiosNameType('~jfdebfeebfacacacacacacacacacaaa')).toBe(256);
});
