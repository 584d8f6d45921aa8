import { describe, expect, it, vi } from 'vitest';
import { createNaaTokenProvider } from './naa';

const config = { clientId: 'client', authority: 'https://login.example/common', apiScope: 'api://api-id/access_as_user' };

describe('NAA token provider', () => {
  it('returns the silent token without opening a popup', async () => {
    const app = { acquireTokenSilent: vi.fn().mockResolvedValue({ accessToken: 'silent' }), acquireTokenPopup: vi.fn() };
    const get = createNaaTokenProvider(config, async () => app as never);
    expect(await get()).toBe('silent');
    expect(app.acquireTokenSilent).toHaveBeenCalledWith({ scopes: ['api://api-id/access_as_user'] });
    expect(app.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('falls back to a popup when the silent attempt fails', async () => {
    const app = {
      acquireTokenSilent: vi.fn().mockRejectedValue(Object.assign(new Error('interaction_required'), { errorCode: 'interaction_required' })),
      acquireTokenPopup: vi.fn().mockResolvedValue({ accessToken: 'popup' }),
    };
    const get = createNaaTokenProvider(config, async () => app as never);
    expect(await get()).toBe('popup');
  });

  it('reports consent needed when the popup comes back with consent_required', async () => {
    const app = {
      acquireTokenSilent: vi.fn().mockRejectedValue(new Error('x')),
      acquireTokenPopup: vi.fn().mockRejectedValue(Object.assign(new Error('AADSTS65001'), { errorCode: 'consent_required' })),
    };
    const get = createNaaTokenProvider(config, async () => app as never);
    await expect(get()).rejects.toMatchObject({ kind: 'consent' });
  });

  it('creates the MSAL client once for many tokens', async () => {
    const app = { acquireTokenSilent: vi.fn().mockResolvedValue({ accessToken: 't' }), acquireTokenPopup: vi.fn() };
    const create = vi.fn(async () => app as never);
    const get = createNaaTokenProvider(config, create);
    await get();
    await get();
    expect(create).toHaveBeenCalledTimes(1);
  });
});
