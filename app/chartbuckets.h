#pragma once

#include "metricchart.h"

#include "store/runstore.h"

#include <QVector>

// What the charts put on x, and the store's per-pixel buckets as chart buckets on that axis.
enum class ChartXAxis { Step, WallTime, TokensSeen };

inline QVector<MetricChart::Bucket> chartBuckets(const std::vector<dbw::DecimatedBucket> &buckets,
                                                 ChartXAxis axis) {
    QVector<MetricChart::Bucket> out;
    out.reserve(static_cast<int>(buckets.size()));
    for (const dbw::DecimatedBucket &bucket : buckets) {
        const double x = axis == ChartXAxis::Step       ? double(bucket.lastStep)
                         : axis == ChartXAxis::WallTime ? bucket.lastWallTime
                                                        : double(bucket.lastTokensSeen);
        out.append({x, bucket.min, bucket.max, bucket.last});
    }
    return out;
}
