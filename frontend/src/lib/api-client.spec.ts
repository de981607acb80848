import { ApiError, toApiError } from './api-client';

describe('toApiError', () => {
  it('reads the server error shape', () => {
    const error = toApiError(400, {
      error: {
        code: 'ValidationFailed',
        message: 'The request is not valid.',
        details: [{ field: 'interval', message: 'must be at least 5' }],
        request_id: 'r1',
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'ValidationFailed', requestId: 'r1' });
    expect(error.fieldError('interval')).toBe('must be at least 5');
    expect(error.fieldError('name')).toBeUndefined();
  });

  it.each([
    [502, '<html>Bad gateway</html>', 'Http502'],
    [500, undefined, 'Http500'],
    [0, undefined, 'NetworkError'],
  ])('falls back for status %i with a non-API body', (status, body, code) => {
    expect(toApiError(status, body).code).toBe(code);
  });
});
