import { qrMatrix, qrSvgPath } from "@/lib/print/qr";

/**
 * A QR code as inline SVG: crisp when printed and no image request. The quiet zone of four
 * modules around it is part of the picture, so a scanner finds the edges on any background.
 */
export function QrCode({ url, label, className }: { url: string; label: string; className?: string }) {
  const matrix = qrMatrix(url);
  const quiet = 4;
  const box = matrix.size + 2 * quiet;
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`${-quiet} ${-quiet} ${box} ${box}`} shapeRendering="crispEdges">
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={qrSvgPath(matrix)} fill="#000" />
    </svg>
  );
}
