// React.lazy keeps a failed import forever, so an error boundary's "Reload this panel" would show
// the same failure again after a dropped connection. A retryable lazy remembers its failure, and
// `retryFailedChunks()` (called by the boundary's reload) gives it a fresh import, which Chromium
// fetches again. The swap waits for the reload: swapping at once would let React's own retry
// render import again and again instead of showing the error.
import { lazy, type ComponentProps, type ComponentType, type LazyExoticComponent } from 'react';

const failed = new Set<() => void>();

/** Lets every lazy part that failed to load try again on its next render. */
export function retryFailedChunks(): void {
  for (const renew of failed) renew();
  failed.clear();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as React.lazy's
export function retryableLazy<T extends ComponentType<any>>(load: () => Promise<{ default: T }>): ComponentType<ComponentProps<T>> {
  let current: LazyExoticComponent<T>;
  const attempt = () =>
    load().catch((error: unknown) => {
      failed.add(() => {
        current = lazy(attempt);
      });
      throw error;
    });
  current = lazy(attempt);
  function Retryable(props: ComponentProps<T>) {
    const Current = current as unknown as ComponentType<ComponentProps<T>>;
    return <Current {...props} />;
  }
  return Retryable;
}
