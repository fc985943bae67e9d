import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http.ts';
import { useLoader } from './useLoader.ts';

/** A request that answers when the test says so, and tells whether it was aborted. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  let signal!: AbortSignal;
  const request = (given: AbortSignal) => {
    signal = given;
    return new Promise<T>((yes, no) => {
      resolve = yes;
      reject = no;
    });
  };
  return {
    request,
    resolve: (value: T) => resolve(value),
    reject: (reason: unknown) => reject(reason),
    aborted: () => signal.aborted,
  };
}

describe('useLoader', () => {
  it('is loading while the request is on its way and hands the answer over', async () => {
    const loader = useLoader();
    const first = pending<string>();
    const answers: string[] = [];
    const done = loader.run(first.request, (answer) => answers.push(answer));
    expect(loader.loading.value).toBe(true);
    first.resolve('ready');
    await done;
    expect(answers).toEqual(['ready']);
    expect(loader.loading.value).toBe(false);
    expect(loader.error.value).toBeNull();
  });

  it('aborts the older request when a new one starts and ignores its late answer', async () => {
    const loader = useLoader();
    const older = pending<string>();
    const newer = pending<string>();
    const answers: string[] = [];
    const first = loader.run(older.request, (answer) => answers.push(answer));
    const second = loader.run(newer.request, (answer) => answers.push(answer));
    expect(older.aborted()).toBe(true);
    newer.resolve('new');
    await second;
    older.resolve('old');
    await first;
    expect(answers).toEqual(['new']);
    expect(loader.loading.value).toBe(false);
  });

  it('keeps the error of the latest request only, as an ApiError', async () => {
    const loader = useLoader();
    const older = pending<string>();
    const newer = pending<string>();
    const first = loader.run(older.request, () => {});
    const second = loader.run(newer.request, () => {});
    older.reject(new ApiError({ status: 500, code: 'internal_error' }));
    await first;
    expect(loader.error.value).toBeNull();
    expect(loader.loading.value).toBe(true);
    newer.reject(new Error('boom'));
    await second;
    expect(loader.error.value).toBeInstanceOf(ApiError);
    expect(loader.error.value?.code).toBe('unknown_error');
    expect(loader.loading.value).toBe(false);
  });

  it('clears the error when a new request starts', async () => {
    const loader = useLoader();
    await loader.run(
      () => Promise.reject(new ApiError({ status: 404, code: 'not_found' })),
      () => {},
    );
    expect(loader.error.value?.code).toBe('not_found');
    const next = pending<number>();
    const done = loader.run(next.request, () => {});
    expect(loader.error.value).toBeNull();
    next.resolve(1);
    await done;
  });

  it('cancel aborts the request on its way and forgets loading and error', async () => {
    const loader = useLoader();
    const request = pending<string>();
    const answers: string[] = [];
    const done = loader.run(request.request, (answer) => answers.push(answer));
    loader.cancel();
    expect(request.aborted()).toBe(true);
    expect(loader.loading.value).toBe(false);
    request.resolve('late');
    await done;
    expect(answers).toEqual([]);
    expect(loader.loading.value).toBe(false);
    expect(loader.error.value).toBeNull();
  });
});
