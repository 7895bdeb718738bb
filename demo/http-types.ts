/** The demo server's request/response shapes, shared by the systems' route handlers. */
export interface DemoRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  cookies: Record<string, string>;
}

export interface DemoResponse {
  html?: string;
  json?: unknown;
  status?: number;
  redirect?: string;
  setCookie?: Record<string, string>;
}
