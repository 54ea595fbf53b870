// Where the tooltip goes: beside the pointer, flipped to the other side near the map's edges
// so it never leaves the map.

export interface Size {
  width: number;
  height: number;
}

const OFFSET = 14;

export function tooltipPosition(x: number, y: number, tip: Size, container: Size): { left: number; top: number } {
  const left = x + OFFSET + tip.width > container.width ? Math.max(0, x - OFFSET - tip.width) : x + OFFSET;
  const top = y + OFFSET + tip.height > container.height ? Math.max(0, y - OFFSET - tip.height) : y + OFFSET;
  return { left, top };
}
