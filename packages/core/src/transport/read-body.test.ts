import { describe, expect, it } from 'vitest';
import { readResponseBody } from './read-body.js';

const response = (body: string | null, contentType?: string, status = 200) =>
  new Response(body, { status, headers: contentType ? { 'Content-Type': contentType } : {} });

describe('readResponseBody', () => {
  it.each([
    ['json', response('{"a":1}', 'application/json; charset=utf-8'), { a: 1 }],
    ['problem+json', response('{"type":"x"}', 'application/problem+json', 400), { type: 'x' }],
    ['text', response('Bad Gateway', 'text/html', 502), 'Bad Gateway'],
    ['broken json as text', response('{oops', 'application/json', 500), '{oops'],
    ['empty', response('', 'application/json'), undefined],
    ['204', response(null, undefined, 204), undefined],
  ])('%s', async (_, input, expected) => {
    expect(await readResponseBody(input)).toEqual(expected);
  });
});
