import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';

/** The published files the tests serve, by path under /data/ (replaceable per test). */
export const files = new Map<string, unknown>();
export const requests: string[] = [];

export const server = setupServer(
  http.get('*/data/*', ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^.*?\/data\//, '');
    requests.push(path);
    if (!files.has(path)) return new HttpResponse('Not found', { status: 404 });
    const body = files.get(path) as Parameters<typeof HttpResponse.json>[0];
    return typeof body === 'string'
      ? new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      : HttpResponse.json(body);
  }),
);
