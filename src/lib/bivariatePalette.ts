// The 3×3 palette of the bivariate map: Joshua Stevens' blue–red scheme ("Bivariate Choropleth
// Maps: A How-to Guide", 2015). One hue per axis, lightness rising with each: the x indicator
// goes from grey to blue, the y indicator from grey to red, and both high is the darkest cell.
//
// Why this one: simulated with Machado et al. (2009) for protanopia, deuteranopia and tritanopia,
// every pair of its nine colours stays at least 9.5 CIELAB ΔE apart (tests/unit/lib/
// bivariatePalette.test.ts checks it). Stevens' pink–cyan scheme, the most copied one, falls to
// ΔE 4.5 under protanopia (its grey and light cyan merge), so it was not used.

/** Colours by `[y][x]` tertile (0 low … 2 high). */
export const BIVARIATE_COLORS: readonly (readonly [string, string, string])[] = [
  ['#e8e8e8', '#b0d5df', '#64acbe'],
  ['#e4acac', '#ad9ea5', '#627f8c'],
  ['#c85a5a', '#985356', '#574249'],
];

/** The colour of the cell with x tertile `x` and y tertile `y` (0…2 each). */
export function bivariateColor(x: number, y: number): string {
  const row = BIVARIATE_COLORS[Math.max(0, Math.min(2, y))] as readonly string[];
  return row[Math.max(0, Math.min(2, x))] as string;
}

/** WCAG relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the background `hex` (text on a legend cell). */
export function inkOn(hex: string): '#000000' | '#ffffff' {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
