/**
 * GCJ-02 → WGS 84, for open-data feeds asked for with `crs=WGS84` (RFC 7946 §4). GCJ-02 is the
 * system published Chinese maps must use (GB 20263-2006, E23). The inverse of the public GCJ-02
 * offset formula, by fixed-point iteration (error well below a metre inside China).
 */
const A = 6378245.0;
const EE = 0.006693421622965943;

function offset(lng: number, lat: number): [number, number] {
  const x = lng - 105;
  const y = lat - 35;
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  dLat += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  dLat += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLng += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  dLng += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  dLng += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  return [
    (dLng * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
    (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
  ];
}

/** WGS 84 → GCJ-02. */
export function wgs84ToGcj02(lng: number, lat: number): [number, number] {
  const [dLng, dLat] = offset(lng, lat);
  return [lng + dLng, lat + dLat];
}

/** GCJ-02 → WGS 84, rounded to 6 decimals (about 0.1 m). */
export function gcj02ToWgs84(lng: number, lat: number): [number, number] {
  let [wLng, wLat] = [lng, lat];
  for (let i = 0; i < 5; i++) {
    const [gLng, gLat] = wgs84ToGcj02(wLng, wLat);
    wLng += lng - gLng;
    wLat += lat - gLat;
  }
  return [Number(wLng.toFixed(6)), Number(wLat.toFixed(6))];
}

/** A stored point `{lng, lat, crs}` in the system a feed is published in (BD-09 points are left out). */
export function pointIn(
  geo: { lng: number; lat: number; crs?: string },
  target: 'GCJ02' | 'WGS84',
): [number, number] | null {
  const crs = geo.crs ?? 'GCJ02';
  if (crs === target) return [geo.lng, geo.lat];
  if (crs === 'GCJ02' && target === 'WGS84') return gcj02ToWgs84(geo.lng, geo.lat);
  if (crs === 'WGS84' && target === 'GCJ02') {
    const [lng, lat] = wgs84ToGcj02(geo.lng, geo.lat);
    return [Number(lng.toFixed(6)), Number(lat.toFixed(6))];
  }
  return null;
}
