import { JsonSyntaxError, parseJson } from './jsonParse';
import { jsonToValue } from './fromJson';
import { makePort, PORT_TCP } from './port';
import { T, vectorType } from './types';

test('numbers keep their text; strings become UTF-8 byte strings', () => {
  expect(parseJson('[18446744073709551615, -1.5e3]')).toEqual({
    t: 'array',
    items: [{ t: 'number', text: '18446744073709551615', integral: true }, { t: 'number', text: '-1.5e3', integral: false }],
  });
  expect(parseJson('"\\u00e9"')).toEqual({ t: 'string', v: '\xc3\xa9' });
});

test("syntax errors in rapidjson's words with the offset", () => {
  expect(() => parseJson('{"hel')).toThrow(new JsonSyntaxError('Missing a closing quotation mark in string. Offset: 5'));
  expect(() => parseJson('')).toThrow('The document is empty. Offset: 0');
  expect(() => parseJson('[1 2]')).toThrow("Missing a comma or ']' after an array element. Offset: 3");
});

test('conversion to a type: ports from strings, count beyond 2^53 exact, vector nulls skipped', () => {
  const same = (k: string) => k;
  expect(jsonToValue(parseJson('"80/tcp"'), T.port, same)).toBe(makePort(80, PORT_TCP));
  expect(jsonToValue(parseJson('18446744073709551615'), T.count, same)).toBe(18446744073709551615n);
  expect(jsonToValue(parseJson('[1,null,2]'), vectorType(T.count), same)).toEqual([1, 2]);
});
