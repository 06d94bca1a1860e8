// A bar chart in plain inline SVG (no chart library, no CDN): one horizontal bar per row, the
// label on the left and the amount on the right. The table beside it carries the same numbers.
import type { Lang } from './i18n.ts';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const ROW = 26;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 360;
const VALUE_WIDTH = 110;

export function compactAmount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en-US', {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

export function BarChart({
  bars,
  title,
  id,
  lang,
}: {
  bars: readonly Bar[];
  title: string;
  id: string;
  lang: Lang;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = bars.length * ROW + 8;
  return (
    <figure class="chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{title}</title>
        {bars.map((bar, i) => {
          const y = 4 + i * ROW;
          const w = Math.max(1, Math.round((bar.value / max) * BAR_WIDTH));
          return (
            <g>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} text-anchor="end" class="chart-label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 3} width={w} height={ROW - 8} class="chart-bar" />
              <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 4} class="chart-value">
                {compactAmount(bar.value, lang)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
