import { render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { lazyWithPreload } from '@/lib/lazyWithPreload';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const loader = () => {
  let calls = 0;
  const load = async () => {
    calls += 1;
    return Greeting;
  };
  return { load, calls: () => calls };
};

const inSuspense = (node: ReactNode) => <Suspense fallback={<p>Loading</p>}>{node}</Suspense>;

describe('lazyWithPreload', () => {
  it('should load on first use when nothing preloaded it', async () => {
    const { load, calls } = loader();
    const Lazy = lazyWithPreload(load);
    render(inSuspense(<Lazy name="Ana" />));
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Ana')).toBeInTheDocument();
    expect(calls()).toBe(1);
  });

  it('should render at once, without suspending, once preloaded', async () => {
    const { load, calls } = loader();
    const Lazy = lazyWithPreload(load);
    await Lazy.preload();
    render(inSuspense(<Lazy name="Ana" />));
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
    await Lazy.preload();
    expect(calls()).toBe(1);
  });

  it('should try again after a failed load', async () => {
    let fail = true;
    const Lazy = lazyWithPreload(async () => {
      if (fail) throw new Error('offline');
      return Greeting;
    });
    await expect(Lazy.preload()).rejects.toThrow('offline');
    fail = false;
    await Lazy.preload();
    render(inSuspense(<Lazy name="Ana" />));
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
  });
});
