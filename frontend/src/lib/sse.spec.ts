import { SseParser, type SseEvent } from './sse';

function parse(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = new SseParser((e) => events.push(e));
  for (const chunk of chunks) parser.push(chunk);
  return events;
}

describe('SseParser', () => {
  it.each<[string, string[], SseEvent[]]>([
    ['one event in one chunk', ['event: check\ndata: {"a":1}\n\n'], [{ event: 'check', data: '{"a":1}' }]],
    ['an event split inside a line', ['event: ch', 'eck\nda', 'ta: x\n', '\n'], [{ event: 'check', data: 'x' }]],
    ['no event name means "message"', ['data: x\n\n'], [{ event: 'message', data: 'x' }]],
    ['multi-line data is joined with \\n', ['data: a\ndata: b\n\n'], [{ event: 'message', data: 'a\nb' }]],
    ['heartbeat comments are dropped', [': ping\n\n', 'data: y\n\n'], [{ event: 'message', data: 'y' }]],
    ['CRLF line ends', ['event: e\r\ndata: z\r\n\r\n'], [{ event: 'e', data: 'z' }]],
    ['an unfinished event waits', ['data: partial\n'], []],
    ['the id is kept', ['id: 7\ndata: q\n\n'], [{ event: 'message', data: 'q', id: '7' }]],
  ])('%s', (_name, chunks, expected) => {
    expect(parse(chunks)).toEqual(expected.map((e) => ({ id: undefined, ...e })));
  });

  it('keeps two events of one chunk apart', () => {
    expect(parse(['event: a\ndata: 1\n\nevent: b\ndata: 2\n\n']).map((e) => e.event)).toEqual(['a', 'b']);
  });
});
