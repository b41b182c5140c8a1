"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percentile = percentile;
exports.summarize = summarize;
exports.histogramQuantile = histogramQuantile;
/** Nearest-rank percentile of an ascending-sorted sample; NaN for an empty one. */
function percentile(sorted, fraction) {
    if (sorted.length === 0) {
        return Number.NaN;
    }
    const rank = Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
function summarize(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const total = sorted.reduce((sum, value) => sum + value, 0);
    return {
        count: sorted.length,
        p50: percentile(sorted, 0.5),
        p90: percentile(sorted, 0.9),
        p99: percentile(sorted, 0.99),
        max: sorted.length > 0 ? sorted[sorted.length - 1] : Number.NaN,
        mean: sorted.length > 0 ? total / sorted.length : Number.NaN,
    };
}
/**
 * Estimates a quantile from Prometheus histogram buckets (cumulative counts by upper bound), by
 * linear interpolation inside the bucket as `histogram_quantile` does.
 */
function histogramQuantile(buckets, fraction) {
    const sorted = [...buckets].sort((a, b) => a.le - b.le);
    const total = sorted[sorted.length - 1]?.count ?? 0;
    if (total === 0) {
        return Number.NaN;
    }
    const target = fraction * total;
    let previousBound = 0;
    let previousCount = 0;
    for (const bucket of sorted) {
        if (bucket.count >= target) {
            if (!Number.isFinite(bucket.le)) {
                return previousBound;
            }
            const inBucket = bucket.count - previousCount;
            const position = inBucket === 0 ? 0 : (target - previousCount) / inBucket;
            return previousBound + (bucket.le - previousBound) * position;
        }
        previousBound = bucket.le;
        previousCount = bucket.count;
    }
    return previousBound;
}
//# sourceMappingURL=bench-stats.js.map