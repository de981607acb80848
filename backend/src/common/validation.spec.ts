import { z } from 'zod';
import { ValidationFailed } from './errors.js';
import { parseInput } from './validation.js';

const schema = z.object({ name: z.string().min(1), interval: z.number().int().min(5) });

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(schema, { name: 'a', interval: 5 })).toEqual({ name: 'a', interval: 5 });
  });

  it('throws ValidationFailed with one detail per bad field', () => {
    try {
      parseInput(schema, { name: '', interval: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailed);
      const details = (error as ValidationFailed).details;
      expect(details.map((d) => d.field).sort()).toEqual(['interval', 'name']);
      expect(details.every((d) => d.message.length > 0)).toBe(true);
    }
  });

  it('treats a missing body as an empty object', () => {
    expect(() => parseInput(schema, undefined)).toThrow(ValidationFailed);
  });
});
