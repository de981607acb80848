import { curlExamples } from './curl-examples';

describe('curlExamples', () => {
  it.each([
    {
      name: 'a keyed tag sends the key header',
      anonymous: false,
      update: 'curl -H "X-API-Key: $APIMON_KEY" "https://mon.example/update?tag=page/home"',
    },
    {
      name: 'an anonymous tag needs no key to count',
      anonymous: true,
      update: 'curl "https://mon.example/update?tag=page/home"',
    },
  ])('$name', ({ anonymous, update }) => {
    const examples = curlExamples('https://mon.example', 'page/home', anonymous);
    expect(examples[0]!.command).toBe(update);
    expect(examples.map((e) => e.label)).toEqual([
      'Count one use',
      'Count one use (URL only)',
      'Read the count',
      'Read the history',
    ]);
    expect(examples[2]!.command).toBe('curl -H "X-API-Key: $APIMON_KEY" "https://mon.example/get?tag=page/home"');
  });
});
