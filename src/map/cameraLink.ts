// One camera for two maps (compare mode): the map the user moves leads, the others jump to its
// camera in the same event, and the moves that jump causes (echoes) are not passed on again, so
// there is no feedback loop and no jitter. Works for any camera value (the WebGL map's
// lon/lat/zoom, the SVG map's pan/zoom transform). Pure: the maps are reached through callbacks.

/** A map taking part in the link. */
export interface LinkMember<C> {
  /** Moves this map to `camera` at once (no animation). Moves it reports meanwhile are echoes. */
  follow(camera: C): void;
  /**
   * The leader's move ended at `camera` (null: the leader's default view, e.g. its fit to
   * Thailand): the map that writes the URL records it.
   */
  settle?(camera: C | null): void;
}

export class CameraLink<C> {
  private readonly members = new Map<string, LinkMember<C>>();
  private last: C | null = null;
  private following = false;

  /** `same(a, b)`: two cameras show the same view (a move to it is no move). */
  constructor(private readonly same: (a: C, b: C) => boolean) {}

  /** The latest camera any member reported (null before the first). */
  get camera(): C | null {
    return this.last;
  }

  /**
   * Adds a map under `id`. It jumps to the link's camera when there is one; else its own camera
   * (reported next with `moved`) becomes the link's. Returns the function that removes it.
   */
  join(id: string, member: LinkMember<C>): () => void {
    this.members.set(id, member);
    const last = this.last;
    if (last !== null) this.echoing(() => member.follow(last));
    return () => {
      if (this.members.get(id) === member) this.members.delete(id);
    };
  }

  /**
   * Member `id` moved to `camera`: the others follow. Ignored while members are following (their
   * own move events) and when the camera is the one the link already has (a late echo).
   */
  moved(id: string, camera: C): void {
    if (this.following) return;
    if (this.last !== null && this.same(this.last, camera)) return;
    this.last = camera;
    this.echoing(() => {
      for (const [other, m] of this.members) if (other !== id) m.follow(camera);
    });
  }

  /** Member `id`'s move ended (not an echo) at `camera` (null: its default view): the others settle. */
  ended(id: string, camera: C | null): void {
    if (this.following) return;
    for (const [other, m] of this.members) if (other !== id) m.settle?.(camera);
  }

  private echoing(f: () => void): void {
    this.following = true;
    try {
      f();
    } finally {
      this.following = false;
    }
  }
}

/** Cameras within rounding noise (1e-9 of a degree or zoom level, of a px or scale) are one. */
export function sameCamera<C extends object>(a: C, b: C): boolean {
  const ka = Object.keys(a) as (keyof C)[];
  return ka.every((k) => {
    const x = a[k];
    const y = b[k];
    return typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) < 1e-9 : Object.is(x, y);
  });
}
