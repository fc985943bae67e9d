/** Builders for the answers a mocked `fetch` gives back in tests. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  code: string,
  extra: {
    detail?: string;
    errors?: { field: string; code: string; message: string }[];
    /** Extension members, as a code adds them. */
    [member: string]: unknown;
  } = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: code, status, code, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** The Authorization header a mocked fetch call was made with. */
export function bearerOf(call: unknown[]): string | undefined {
  const init = call[1] as RequestInit | undefined;
  return (init?.headers as Record<string, string> | undefined)?.Authorization;
}

export function urlOf(call: unknown[]): string {
  return String(call[0]);
}
