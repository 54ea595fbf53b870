import { describe, expect, it } from 'vitest';
import { CameraLink, sameCamera } from '../../../src/map/cameraLink';

interface Cam {
  lon: number;
  lat: number;
  zoom: number;
}

/** A fake map: following moves it, and (like MapLibre's jumpTo) reports the move at once. */
function makeMap(link: CameraLink<Cam>, id: string, start: Cam) {
  const map = { camera: start, follows: 0, settles: [] as (Cam | null)[], move: (_c: Cam) => {} };
  map.move = (c: Cam) => {
    map.camera = c;
    link.moved(id, c);
  };
  link.join(id, {
    follow: (c) => {
      map.follows++;
      map.move(c); // the echo
    },
    settle: (c) => {
      map.settles.push(c);
    },
  });
  return map;
}

describe('camera link', () => {
  it('the map the user moves leads and the other jumps to it, without echoing back', () => {
    const link = new CameraLink<Cam>(sameCamera);
    const a = makeMap(link, 'a', { lon: 100, lat: 13, zoom: 5 });
    link.moved('a', a.camera);
    const b = makeMap(link, 'b', { lon: 0, lat: 0, zoom: 1 });
    expect(b.camera).toEqual({ lon: 100, lat: 13, zoom: 5 }); // joined: jumps to the link's camera
    a.move({ lon: 101, lat: 14, zoom: 6 });
    expect(b.camera).toEqual({ lon: 101, lat: 14, zoom: 6 });
    expect(a.follows).toBe(0);
    b.move({ lon: 99, lat: 12, zoom: 7 });
    expect(a.camera).toEqual({ lon: 99, lat: 12, zoom: 7 });
    expect(b.follows).toBe(2); // on joining and when a led
    expect(a.follows).toBe(1);
  });

  it('ignores a late echo of the camera it already has and a no-change move', () => {
    const link = new CameraLink<Cam>(sameCamera);
    const a = makeMap(link, 'a', { lon: 100, lat: 13, zoom: 5 });
    const b = makeMap(link, 'b', { lon: 100, lat: 13, zoom: 5 });
    a.move({ lon: 100.5, lat: 13, zoom: 5 });
    expect(b.follows).toBe(1);
    link.moved('b', { lon: 100.5, lat: 13, zoom: 5 + 1e-12 }); // a late echo (an SVG map's effect)
    expect(a.follows).toBe(0);
    link.moved('a', { lon: 100.5, lat: 13, zoom: 5 });
    expect(b.follows).toBe(1);
  });

  it('a move ending settles the other maps only; a removed map no longer follows', () => {
    const link = new CameraLink<Cam>(sameCamera);
    const a = makeMap(link, 'a', { lon: 100, lat: 13, zoom: 5 });
    const b = makeMap(link, 'b', { lon: 100, lat: 13, zoom: 5 });
    link.ended('b', { lon: 1, lat: 2, zoom: 3 });
    link.ended('b', null);
    expect([a.settles, b.settles]).toEqual([[{ lon: 1, lat: 2, zoom: 3 }, null], []]);
    const leave = link.join('c', { follow: () => expect.unreachable('c left') });
    leave();
    a.move({ lon: 90, lat: 10, zoom: 3 });
    expect(b.camera.lon).toBe(90);
  });

  it('a member joining again under its id replaces the old one (React StrictMode mounts twice)', () => {
    const link = new CameraLink<Cam>(sameCamera);
    const seen: string[] = [];
    const leaveOld = link.join('b', { follow: () => seen.push('old') });
    link.join('b', { follow: () => seen.push('new') });
    leaveOld(); // the old cleanup must not remove the new member
    link.moved('a', { lon: 1, lat: 2, zoom: 3 });
    expect(seen).toEqual(['new']);
  });

  it('sameCamera compares numbers within rounding noise', () => {
    expect(sameCamera({ k: 2, x: 10, y: 5 }, { k: 2, x: 10 + 1e-12, y: 5 })).toBe(true);
    expect(sameCamera({ k: 2, x: 10, y: 5 }, { k: 2, x: 10.01, y: 5 })).toBe(false);
  });
});
