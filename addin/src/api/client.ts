import { ApiError } from './errors';
import { toInsights, toPlan, toReason } from './normalize';
import type { CallbackOutcome, Insights, Outcome, Plan, PlanRequest, Reason, SavedPlan } from './types';

/** Every HTTP call the pane makes. Nothing else in the pane calls `fetch`. */
export interface ApiClient {
  getReasons(): Promise<Reason[]>;
  savePlan(request: PlanRequest): Promise<SavedPlan>;
  /** The thread's plan, or null when the thread has none. */
  getPlanByConversation(conversationId: string): Promise<Plan | null>;
  getPlan(planId: string): Promise<Plan>;
  pausePlan(planId: string): Promise<Plan>;
  resumePlan(planId: string): Promise<Plan>;
  closePlan(planId: string, outcome: Outcome): Promise<Plan>;
  /** What happened on a callback whose time has passed; a conflict when the step cannot take one (yet). */
  recordOutcome(planId: string, stepNumber: number, outcome: CallbackOutcome): Promise<Plan>;
  /** The team's insights for a range of days (`yyyy-MM-dd`, both included); the server's default range without them. Managers only. */
  getInsights(from?: string, to?: string): Promise<Insights>;
}

export interface ApiClientOptions {
  /** Origin (and path) before `/api`; empty for the pane's own origin. */
  baseUrl: string;
  /** An access token for the API, or null for the dev host's development identity. Throws ApiError('signed-out' | 'consent'). */
  getToken: () => Promise<string | null>;
  fetch?: typeof fetch;
  isOnline?: () => boolean;
  timeoutMs?: number;
}

interface Problem {
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const isOnline = options.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    if (!isOnline()) throw offline();
    const token = await options.getToken();
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}/api/${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: abort.signal,
        credentials: 'omit',
      });
    } catch {
      // fetch rejects (TypeError) only when no HTTP answer came back: no network, DNS, refused, CORS or our timeout.
      throw isOnline() ? new ApiError('unreachable', 'The Follow-Up service did not answer. It may be down or restarting; try again in a minute.') : offline();
    } finally {
      clearTimeout(timer);
    }

    const json = await readJson(response);
    if (response.ok) return { status: response.status, json };
    throw failure(response.status, (json ?? {}) as Problem);
  }

  return {
    async getReasons() {
      const { json } = await call('GET', 'reasons');
      const list = Array.isArray(json) ? json : (json as { reasons?: unknown } | null)?.reasons;
      return (Array.isArray(list) ? list : []).map(toReason).filter((r) => r.code);
    },
    async savePlan(request) {
      const { status, json } = await call('PUT', 'plans', request);
      return { plan: toPlan(json), created: status === 201 };
    },
    async getPlanByConversation(conversationId) {
      try {
        const { json } = await call('GET', `plans/by-conversation?conversationId=${encodeURIComponent(conversationId)}`);
        return toPlan(json);
      } catch (e) {
        if (e instanceof ApiError && e.kind === 'not-found') return null;
        throw e;
      }
    },
    async getPlan(planId) {
      return toPlan((await call('GET', `plans/${encodeURIComponent(planId)}`)).json);
    },
    async pausePlan(planId) {
      return toPlan((await call('POST', `plans/${encodeURIComponent(planId)}/pause`, {})).json);
    },
    async resumePlan(planId) {
      return toPlan((await call('POST', `plans/${encodeURIComponent(planId)}/resume`, {})).json);
    },
    async closePlan(planId, outcome) {
      return toPlan((await call('POST', `plans/${encodeURIComponent(planId)}/close`, { outcome })).json);
    },
    async recordOutcome(planId, stepNumber, outcome) {
      return toPlan((await call('POST', `plans/${encodeURIComponent(planId)}/steps/${stepNumber}/outcome`, { outcome })).json);
    },
    async getInsights(from, to) {
      const query = new URLSearchParams();
      if (from) query.set('from', from);
      if (to) query.set('to', to);
      const search = query.size ? `?${query}` : '';
      return toInsights((await call('GET', `insights${search}`)).json);
    },
  };
}

const offline = () => new ApiError('offline', 'You are offline. Your entries are kept; save again when the connection is back.');

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function failure(status: number, problem: Problem): ApiError {
  const detail = problem.detail ?? problem.title;
  if (status === 400 || status === 422) {
    return new ApiError('validation', detail ?? 'Some entries need a look.', status, problem.errors ?? {});
  }
  if (status === 401) return new ApiError('signed-out', 'Your sign-in has expired. Sign in again to continue.', status);
  if (status === 403) return new ApiError('forbidden', detail ?? 'Your account is not allowed to use Follow-Up. Ask your administrator.', status);
  if (status === 404) return new ApiError('not-found', detail ?? 'Not found.', status);
  if (status === 409) return new ApiError('conflict', detail ?? 'The plan changed meanwhile.', status);
  if (status === 413) return new ApiError('validation', 'That is more text than Follow-Up accepts; shorten the longest fields.', status);
  if (status >= 500) return new ApiError('server', 'The Follow-Up service had a problem. Your entries are kept; try again in a minute.', status);
  return new ApiError('unexpected', detail ?? `Unexpected answer from the service (HTTP ${status}).`, status);
}
