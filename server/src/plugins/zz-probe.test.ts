import request from 'supertest';
import { it } from 'vitest';
import { createTestApp } from '../test/test-app.ts';
it('probe', async () => {
  const t = await createTestApp();
  for (const p of ['/api/docs/json', '/api/docs', '/api/docs/static/index.html']) {
    const r = await request(t.app.server).get(p);
    console.log(p, r.status, r.headers['content-security-policy'], r.headers['x-frame-options']);
  }
  const r = await request(t.app.server).post('/api/v1/auth/login').set('content-type', 'text/plain').send('email=a');
  console.log(r.status, r.body);
  await t.close();
});
