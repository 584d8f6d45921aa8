import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { describeProblem } from './errors';

describe('problems a person can act on', () => {
  it.each([
    ['offline', 'retry'],
    ['unreachable', 'retry'],
    ['server', 'retry'],
    ['signed-out', 'sign-in'],
    ['consent', 'sign-in'],
    ['forbidden', null],
  ] as const)('%s offers %s', (kind, action) => {
    const p = describeProblem(new ApiError(kind, 'm'));
    expect(p.action).toBe(action);
    expect(p.title).not.toBe('');
  });

  it('turns an unknown failure into a retryable message', () => {
    expect(describeProblem(new Error('boom'))).toMatchObject({ title: 'Something went wrong', action: 'retry' });
  });
});
